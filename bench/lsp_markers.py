#!/usr/bin/env python3
"""Prints how long `tlapx lsp --stdio` takes from didOpen to the first
tlaplus/tlaps/proofStepMarkers notification for a module (whatever its cache holds):
`bench/lsp_markers.py [--tlapx build/tlapx] FILE.tla`. Run `tlapx check FILE` first
to measure the all-cached case. Prints `name: value unit` lines."""
import argparse, json, pathlib, subprocess, sys, time

def send(proc, msg):
    body = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def receive(proc):
    length = 0
    while True:
        line = proc.stdout.readline()
        if not line:
            sys.exit("lsp_markers: the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tlapx", default="build/tlapx")
    ap.add_argument("file")
    args = ap.parse_args()
    path = pathlib.Path(args.file).resolve()
    proc = subprocess.Popen([args.tlapx, "lsp", "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": {}}})
    while receive(proc).get("id") != 1:
        pass
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    uri = path.as_uri()
    start = time.perf_counter()
    send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "tlaplus", "version": 1,
                                            "text": path.read_text()}}})
    while True:
        msg = receive(proc)
        if msg.get("method") == "tlaplus/tlaps/proofStepMarkers":
            ms = (time.perf_counter() - start) * 1000
            break
    markers = msg["params"][1] if isinstance(msg["params"], list) else msg["params"]
    statuses = {}
    for m in markers if isinstance(markers, list) else []:
        statuses[m.get("status")] = statuses.get(m.get("status"), 0) + 1
    print(f"command: {args.tlapx} lsp --stdio, didOpen {path.name}")
    print(f"markers_after_didopen: {ms:.1f} ms")
    print(f"markers: {sum(statuses.values())} ({', '.join(f'{k} {v}' for k, v in sorted(statuses.items()))})")
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    while receive(proc).get("id") != 2:
        pass
    send(proc, {"jsonrpc": "2.0", "method": "exit"})
    proc.wait(timeout=10)

main()
