------------------------ MODULE MultiPaxosPreemption ------------------------
(* Multi-Paxos with preemption after section 5 of Chand, Liu and Stoller,  *)
(* "Formal Verification of Multi-Paxos for Distributed Consensus" (FM      *)
(* 2016), and a TLAPS-style proof of its safety: no two different values   *)
(* are ever chosen for the same slot.                                      *)
(*                                                                         *)
(* A minimal change of MultiPaxos.tla, as in the paper's Fig. 6: an        *)
(* acceptor that receives a 1a or 2a message with a ballot lower than the  *)
(* highest it has seen answers with a "preempt" message carrying that      *)
(* ballot to the message's proposer; Preempt(p) lets a proposer that       *)
(* received a preempt message with a ballot above its own move to a new    *)
(* ballot above it (NewBallot); the unconditional NewBallot action of      *)
(* MultiPaxos.tla is gone. As there, NewProposals is a nondeterministic    *)
(* choice among the sets the paper CHOOSEs from, and NewBallot may pick    *)
(* any higher ballot where the paper CHOOSEs one no 1a message uses: both  *)
(* only add behaviours, so safety here implies safety of the paper's       *)
(* specification.                                                          *)
(*                                                                         *)
(* The proof is MultiPaxos.tla's: state lemmas, continuity lemmas against  *)
(* an abstract step (StepFrame), one lemma per action, the invariance and  *)
(* consistency theorems. What preemption adds: the preempt message type,   *)
(* one lemma for a step that only sends a preempt message (the new         *)
(* branches of Phase 1b and 2b), and PreemptInv for the new action.        *)
EXTENDS Integers, TLAPS

CONSTANTS Acceptors, Proposers, Values, Slots, Quorums

ASSUME QuorumAssumption ==
  /\ Quorums \subseteq SUBSET Acceptors
  /\ \A Q1, Q2 \in Quorums : Q1 \cap Q2 # {}

Ballots == Nat

Decrees == [slot : Slots, val : Values]
Votes == [bal : Ballots, slot : Slots, val : Values]

Messages ==
       [type : {"1a"}, bal : Ballots, from : Proposers]
  \cup [type : {"1b"}, bal : Ballots, voted : SUBSET Votes, from : Acceptors]
  \cup [type : {"2a"}, bal : Ballots, decrees : SUBSET Decrees, from : Proposers]
  \cup [type : {"2b"}, bal : Ballots, decrees : SUBSET Decrees, from : Acceptors]
  \cup [type : {"preempt"}, to : Proposers, bal : Ballots]

VARIABLES msgs,       \* the set of messages sent so far
          accVoted,   \* accVoted[a]: acceptor a's latest vote in each slot
          accMaxBal,  \* accMaxBal[a]: the highest ballot acceptor a has seen
          proBallot   \* proBallot[p]: the ballot proposer p is running

vars == <<msgs, accVoted, accMaxBal, proBallot>>

Send(m) == msgs' = msgs \cup {m}

Init == /\ msgs = {}
        /\ accVoted = [a \in Acceptors |-> {}]
        /\ accMaxBal = [a \in Acceptors |-> -1]
        /\ proBallot = [p \in Proposers |-> 0]

Phase1a(p) ==
  /\ ~ \E m \in msgs : m.type = "1a" /\ m.bal = proBallot[p]
  /\ Send([type |-> "1a", bal |-> proBallot[p], from |-> p])
  /\ UNCHANGED <<accVoted, accMaxBal, proBallot>>

\* A stale 1a message is answered with a preempt message (Fig. 6).
Phase1b(a) ==
  \E m \in msgs :
    /\ m.type = "1a"
    /\ IF m.bal > accMaxBal[a]
       THEN /\ Send([type |-> "1b", bal |-> m.bal, voted |-> accVoted[a], from |-> a])
            /\ accMaxBal' = [accMaxBal EXCEPT ![a] = m.bal]
            /\ UNCHANGED <<accVoted, proBallot>>
       ELSE /\ Send([type |-> "preempt", to |-> m.from, bal |-> accMaxBal[a]])
            /\ UNCHANGED <<accVoted, accMaxBal, proBallot>>

\* The votes a set S of 1b messages reports.
ReportedVotes(S) == UNION {m.voted : m \in S}
\* The votes of T with the highest ballot in their slot.
MaxVotes(T) == {t \in T : \A t2 \in T : t2.slot = t.slot => t2.bal =< t.bal}
Bmax(T) == {[slot |-> t.slot, val |-> t.val] : t \in MaxVotes(T)}
FreeSlots(T) == {s \in Slots : \A t \in T : t.slot # s}
OnePerSlot(D) == \A d1, d2 \in D : d1.slot = d2.slot => d1 = d2
\* The sets of new decrees a proposer may add: free slots, one value a slot.
NewProposals(T) ==
  {D \in SUBSET [slot : FreeSlots(T), val : Values] : OnePerSlot(D)}

Phase2a(p) ==
  /\ ~ \E m \in msgs : m.type = "2a" /\ m.bal = proBallot[p]
  /\ \E Q \in Quorums,
        S \in SUBSET {m \in msgs : m.type = "1b" /\ m.bal = proBallot[p]} :
       /\ \A a \in Q : \E m \in S : m.from = a
       /\ \E D \in NewProposals(ReportedVotes(S)) :
            Send([type |-> "2a", bal |-> proBallot[p],
                  decrees |-> Bmax(ReportedVotes(S)) \cup D, from |-> p])
  /\ UNCHANGED <<accVoted, accMaxBal, proBallot>>

\* So is a stale 2a message.
Phase2b(a) ==
  \E m \in msgs :
    /\ m.type = "2a"
    /\ IF m.bal >= accMaxBal[a]
       THEN /\ Send([type |-> "2b", bal |-> m.bal, decrees |-> m.decrees, from |-> a])
            /\ accMaxBal' = [accMaxBal EXCEPT ![a] = m.bal]
            /\ accVoted' =
                 [accVoted EXCEPT ![a] =
                    {[bal |-> m.bal, slot |-> d.slot, val |-> d.val] : d \in m.decrees}
                    \cup {e \in accVoted[a] : \A r \in m.decrees : e.slot # r.slot}]
            /\ UNCHANGED proBallot
       ELSE /\ Send([type |-> "preempt", to |-> m.from, bal |-> accMaxBal[a]])
            /\ UNCHANGED <<accVoted, accMaxBal, proBallot>>

\* Proposer p moves to some ballot above bb.
NewBallot(p, bb) ==
  /\ \E b \in Ballots : b > bb /\ proBallot' = [proBallot EXCEPT ![p] = b]
  /\ UNCHANGED <<msgs, accVoted, accMaxBal>>

Preempt(p) ==
  \E m \in msgs :
    /\ m.type = "preempt"
    /\ m.to = p
    /\ m.bal > proBallot[p]
    /\ NewBallot(p, m.bal)

Next == \/ \E p \in Proposers : Phase1a(p) \/ Phase2a(p) \/ Preempt(p)
        \/ \E a \in Acceptors : Phase1b(a) \/ Phase2b(a)

Spec == Init /\ [][Next]_vars
-----------------------------------------------------------------------------
(* What it means for a value to be chosen for a slot (the paper's phi).    *)
VotedForIn(a, v, b, s) ==
  \E m \in msgs : /\ m.type = "2b"
                  /\ m.bal = b
                  /\ m.from = a
                  /\ \E d \in m.decrees : d.slot = s /\ d.val = v

ChosenIn(v, b, s) == \E Q \in Quorums : \A a \in Q : VotedForIn(a, v, b, s)

Chosen(v, s) == \E b \in Ballots : ChosenIn(v, b, s)

Consistency == \A v1, v2 \in Values, s \in Slots :
                 Chosen(v1, s) /\ Chosen(v2, s) => v1 = v2
-----------------------------------------------------------------------------
(* The inductive invariant.                                                *)
WontVoteIn(a, b, s) == /\ \A v \in Values : ~ VotedForIn(a, v, b, s)
                       /\ accMaxBal[a] > b

\* No value other than perhaps v is or will be chosen for s below ballot b.
SafeAt(v, b, s) ==
  \A c \in 0..(b-1) :
    \E Q \in Quorums : \A a \in Q : VotedForIn(a, v, c, s) \/ WontVoteIn(a, c, s)

TypeOK == /\ msgs \in SUBSET Messages
          /\ accVoted \in [Acceptors -> SUBSET Votes]
          /\ accMaxBal \in [Acceptors -> Ballots \cup {-1}]
          /\ proBallot \in [Proposers -> Ballots]
          /\ \A a \in Acceptors : \A t \in accVoted[a] : t.bal =< accMaxBal[a]

\* accVoted[a] holds votes of a, and, for each slot a voted in, a vote at
\* least as high as any of a's votes there.
AccInv ==
  \A a \in Acceptors :
    /\ \A t \in accVoted[a] : VotedForIn(a, t.val, t.bal, t.slot)
    /\ \A c \in Ballots, s \in Slots, v \in Values :
         VotedForIn(a, v, c, s) => \E t \in accVoted[a] : t.slot = s /\ c =< t.bal

\* A 1b message reports the sender's votes below its ballot, and for each
\* slot one at least as high as any vote the sender cast below its ballot.
Inv1b(m) ==
  /\ m.bal =< accMaxBal[m.from]
  /\ \A t \in m.voted : t.bal < m.bal /\ VotedForIn(m.from, t.val, t.bal, t.slot)
  /\ \A c \in Ballots, s \in Slots, v \in Values :
       c < m.bal /\ VotedForIn(m.from, v, c, s) =>
         \E t \in m.voted : t.slot = s /\ c =< t.bal

Inv2a(m) ==
  /\ \A d \in m.decrees : SafeAt(d.val, m.bal, d.slot)
  /\ OnePerSlot(m.decrees)
  /\ \A m2 \in msgs : m2.type = "2a" /\ m2.bal = m.bal => m2 = m

Inv2b(m) ==
  /\ \E m2 \in msgs : m2.type = "2a" /\ m2.bal = m.bal /\ m2.decrees = m.decrees
  /\ m.bal =< accMaxBal[m.from]

MsgOK(m) == /\ m.type = "1b" => Inv1b(m)
            /\ m.type = "2a" => Inv2a(m)
            /\ m.type = "2b" => Inv2b(m)

MsgInv == \A m \in msgs : MsgOK(m)

Inv == TypeOK /\ AccInv /\ MsgInv
-----------------------------------------------------------------------------
(* State lemmas: consequences of the invariant in one state.               *)
USE DEF Ballots

LEMMA QuorumsMeet ==
  ASSUME NEW Q1 \in Quorums, NEW Q2 \in Quorums
  PROVE  \E a \in Acceptors : a \in Q1 /\ a \in Q2
BY QuorumAssumption

\* A vote comes from a 2a message with a decree for that slot and value.
LEMMA VotedHas2a ==
  ASSUME MsgInv, NEW a, NEW v, NEW c, NEW s, VotedForIn(a, v, c, s)
  PROVE  \E m2 \in msgs : /\ m2.type = "2a" /\ m2.bal = c /\ Inv2a(m2)
                          /\ \E d \in m2.decrees : d.slot = s /\ d.val = v
<1>1. PICK m \in msgs : /\ m.type = "2b" /\ m.bal = c /\ m.from = a
                        /\ \E d \in m.decrees : d.slot = s /\ d.val = v
  BY DEF VotedForIn
<1>2. PICK m2 \in msgs : m2.type = "2a" /\ m2.bal = c /\ m2.decrees = m.decrees
  BY <1>1 DEF MsgInv, MsgOK, Inv2b
<1>. QED  BY <1>1, <1>2 DEF MsgInv, MsgOK

\* In one ballot and slot, all votes are for one value.
LEMMA VotedOnce ==
  ASSUME MsgInv, NEW a1, NEW a2, NEW v1, NEW v2, NEW c, NEW s,
         VotedForIn(a1, v1, c, s), VotedForIn(a2, v2, c, s)
  PROVE  v1 = v2
<1>1. PICK m1 \in msgs : /\ m1.type = "2a" /\ m1.bal = c /\ Inv2a(m1)
                         /\ \E d \in m1.decrees : d.slot = s /\ d.val = v1
  BY VotedHas2a
<1>2. PICK m2 \in msgs : /\ m2.type = "2a" /\ m2.bal = c /\ Inv2a(m2)
                         /\ \E d \in m2.decrees : d.slot = s /\ d.val = v2
  BY VotedHas2a
<1>3. m1 = m2
  BY <1>1, <1>2 DEF Inv2a
<1>4. OnePerSlot(m1.decrees)
  BY <1>1 DEF Inv2a
<1>. QED  BY <1>1, <1>2, <1>3, <1>4 DEF OnePerSlot

\* A value voted for at a ballot is safe at it.
LEMMA VotedSafe ==
  ASSUME MsgInv, NEW a, NEW v, NEW c, NEW s, VotedForIn(a, v, c, s)
  PROVE  SafeAt(v, c, s)
<1>1. PICK m2 \in msgs : /\ m2.type = "2a" /\ m2.bal = c /\ Inv2a(m2)
                         /\ \E d \in m2.decrees : d.slot = s /\ d.val = v
  BY VotedHas2a
<1>. QED  BY <1>1 DEF Inv2a
-----------------------------------------------------------------------------
(* Continuity lemmas (section 4 of the paper): what every step preserves.  *)
(* A step is described by StepFrame only: messages are never lost, the     *)
(* highest ballot an acceptor has seen never decreases, and a new vote is  *)
(* cast at a ballot no lower than its acceptor's highest ballot.           *)
StepFrame ==
  /\ msgs \subseteq msgs'
  /\ \A a \in Acceptors : accMaxBal[a] =< accMaxBal'[a]
  /\ \A m \in msgs' \ msgs : m.type = "2b" => accMaxBal[m.from] =< m.bal

\* Steps whose new messages are neither 2a for ballot b nor 2b.
No2aAt(b) == \A m \in msgs' \ msgs : m.type = "2a" => m.bal # b
No2b == \A m \in msgs' \ msgs : m.type # "2b"

LEMMA MaxBalGrows ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW a \in Acceptors, NEW c \in Ballots,
         c < accMaxBal[a]
  PROVE  c < accMaxBal'[a]
BY DEF TypeOK, StepFrame, Ballots

LEMMA VotedForInStable ==
  ASSUME msgs \subseteq msgs', NEW a, NEW v, NEW c, NEW s, VotedForIn(a, v, c, s)
  PROVE  VotedForIn(a, v, c, s)'
BY DEF VotedForIn

\* No step adds a vote below the voter's highest ballot.
LEMMA VotedForInNoPast ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW a \in Acceptors, NEW v, NEW c \in Ballots,
         NEW s, c < accMaxBal[a], VotedForIn(a, v, c, s)'
  PROVE  VotedForIn(a, v, c, s)
<1>1. PICK m \in msgs' : /\ m.type = "2b" /\ m.bal = c /\ m.from = a
                         /\ \E d \in m.decrees : d.slot = s /\ d.val = v
  BY DEF VotedForIn
<1>2. m \in msgs
  BY <1>1 DEF StepFrame, TypeOK, Ballots
<1>. QED  BY <1>1, <1>2 DEF VotedForIn

LEMMA VotedForInUnchanged ==
  ASSUME msgs \subseteq msgs', No2b, NEW a, NEW v, NEW c, NEW s
  PROVE  VotedForIn(a, v, c, s)' <=> VotedForIn(a, v, c, s)
BY DEF VotedForIn, No2b

LEMMA WontVoteInStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW a \in Acceptors, NEW c \in Ballots,
         NEW s, WontVoteIn(a, c, s)
  PROVE  WontVoteIn(a, c, s)'
<1>1. c < accMaxBal[a]
  BY DEF WontVoteIn
<1>2. c < accMaxBal'[a]
  BY <1>1, MaxBalGrows
<1>3. ASSUME NEW v \in Values, VotedForIn(a, v, c, s)' PROVE FALSE
  BY <1>1, <1>3, VotedForInNoPast DEF WontVoteIn
<1>. QED  BY <1>2, <1>3 DEF WontVoteIn

LEMMA SafeAtStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW v, NEW b \in Ballots, NEW s, SafeAt(v, b, s)
  PROVE  SafeAt(v, b, s)'
<1> SUFFICES ASSUME NEW c \in 0..(b-1)
             PROVE  \E Q \in Quorums : \A a \in Q :
                      VotedForIn(a, v, c, s)' \/ WontVoteIn(a, c, s)'
  BY DEF SafeAt
<1>1. PICK Q \in Quorums : \A a \in Q : VotedForIn(a, v, c, s) \/ WontVoteIn(a, c, s)
  BY DEF SafeAt
<1>2. ASSUME NEW a \in Q PROVE VotedForIn(a, v, c, s)' \/ WontVoteIn(a, c, s)'
  <2>1. a \in Acceptors /\ c \in Ballots
    BY QuorumAssumption DEF Ballots
  <2>. QED  BY <1>1, <2>1, VotedForInStable, WontVoteInStable DEF StepFrame
<1>. QED  BY <1>2

LEMMA Inv1bStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW m \in msgs, m.type = "1b", Inv1b(m)
  PROVE  Inv1b(m)'
<1>1. m \in Messages /\ m.from \in Acceptors /\ m.bal \in Ballots
  BY DEF TypeOK, Messages
<1>2. (m.bal =< accMaxBal[m.from])'
  BY <1>1 DEF Inv1b, StepFrame, TypeOK, Ballots
<1>3. ASSUME NEW t \in m.voted
      PROVE  (t.bal < m.bal /\ VotedForIn(m.from, t.val, t.bal, t.slot))'
  BY VotedForInStable DEF Inv1b, StepFrame
<1>4. ASSUME NEW c \in Ballots, NEW s \in Slots, NEW v \in Values,
             c < m.bal, VotedForIn(m.from, v, c, s)'
      PROVE  \E t \in m.voted : t.slot = s /\ c =< t.bal
  <2>1. c < accMaxBal[m.from]
    BY <1>1, <1>4 DEF Inv1b, TypeOK, Ballots
  <2>2. VotedForIn(m.from, v, c, s)
    BY <1>1, <1>4, <2>1, VotedForInNoPast
  <2>. QED  BY <1>4, <2>2 DEF Inv1b
<1>. QED  BY <1>2, <1>3, <1>4 DEF Inv1b

LEMMA Inv2aStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW m \in msgs, m.type = "2a", Inv2a(m),
         No2aAt(m.bal)
  PROVE  Inv2a(m)'
<1>1. m \in Messages /\ m.bal \in Ballots /\ m.decrees \subseteq Decrees
  BY DEF TypeOK, Messages
<1>2. ASSUME NEW d \in m.decrees PROVE SafeAt(d.val, m.bal, d.slot)'
  BY <1>1, SafeAtStable DEF Inv2a
<1>3. ASSUME NEW m2 \in msgs', m2.type = "2a", m2.bal = m.bal PROVE m2 = m
  BY <1>3 DEF Inv2a, No2aAt
<1>. QED  BY <1>2, <1>3 DEF Inv2a

LEMMA Inv2bStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW m \in msgs, m.type = "2b", Inv2b(m)
  PROVE  Inv2b(m)'
<1>1. m \in Messages /\ m.from \in Acceptors /\ m.bal \in Ballots
  BY DEF TypeOK, Messages
<1>. QED  BY <1>1 DEF Inv2b, StepFrame, TypeOK, Ballots

\* Every message keeps its invariant across a step that adds no 2a message
\* for the ballot of an old one.
LEMMA OldMsgStable ==
  ASSUME TypeOK, TypeOK', StepFrame, MsgInv,
         \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal),
         NEW m \in msgs
  PROVE  MsgOK(m)'
<1>1. MsgOK(m)
  BY DEF MsgInv
<1>2. m.type = "1b" => Inv1b(m)'
  BY <1>1, Inv1bStable DEF MsgOK
<1>3. m.type = "2a" => Inv2a(m)'
  BY <1>1, Inv2aStable DEF MsgOK
<1>4. m.type = "2b" => Inv2b(m)'
  BY <1>1, Inv2bStable DEF MsgOK
<1>. QED  BY <1>2, <1>3, <1>4 DEF MsgOK

LEMMA AccInvStable ==
  ASSUME AccInv, msgs \subseteq msgs', No2b, accVoted' = accVoted
  PROVE  AccInv'
BY VotedForInUnchanged DEF AccInv
-----------------------------------------------------------------------------
(* Phase 2a proposes only safe decrees, at most one a slot.                *)
LEMMA OnePerSlotUnion ==
  ASSUME NEW X, NEW Y, OnePerSlot(X), OnePerSlot(Y),
         \A x \in X, y \in Y : x.slot # y.slot
  PROVE  OnePerSlot(X \cup Y)
BY DEF OnePerSlot

LEMMA ProposalSafe ==
  ASSUME TypeOK, MsgInv, NEW b \in Ballots, NEW Q \in Quorums,
         NEW S \in SUBSET {m \in msgs : m.type = "1b" /\ m.bal = b},
         \A a \in Q : \E m \in S : m.from = a,
         NEW D \in NewProposals(ReportedVotes(S))
  PROVE  /\ \A d \in Bmax(ReportedVotes(S)) \cup D : SafeAt(d.val, b, d.slot)
         /\ OnePerSlot(Bmax(ReportedVotes(S)) \cup D)
<1> DEFINE T == ReportedVotes(S)
<1>1. ASSUME NEW t \in T
      PROVE  /\ t \in Votes /\ t.bal < b
             /\ \E a \in Acceptors : VotedForIn(a, t.val, t.bal, t.slot)
  <2>1. PICK m \in S : t \in m.voted
    BY DEF ReportedVotes
  <2>2. m \in Messages /\ m.type = "1b" /\ m.bal = b /\ Inv1b(m)
    BY <2>1 DEF MsgInv, MsgOK, TypeOK
  <2>. QED  BY <2>1, <2>2 DEF Messages, Inv1b
<1>2. ASSUME NEW a \in Q
      PROVE  /\ b =< accMaxBal[a]
             /\ \A c \in Ballots, s \in Slots, w \in Values :
                  c < b /\ VotedForIn(a, w, c, s) => \E t \in T : t.slot = s /\ c =< t.bal
  <2>1. PICK m \in S : m.from = a
    OBVIOUS
  <2>2. m.type = "1b" /\ m.bal = b /\ Inv1b(m)
    BY <2>1 DEF MsgInv, MsgOK
  <2>3. m.voted \subseteq T
    BY <2>1 DEF ReportedVotes
  <2>. QED  BY <2>1, <2>2, <2>3 DEF Inv1b
<1>3. ASSUME NEW a \in Q PROVE a \in Acceptors /\ accMaxBal[a] \in Int
  <2>1. a \in Acceptors
    BY QuorumAssumption
  <2>. QED  BY <2>1 DEF TypeOK
<1>4. ASSUME NEW t \in MaxVotes(T) PROVE SafeAt(t.val, b, t.slot)
  <2>1. t \in T /\ \A t2 \in T : t2.slot = t.slot => t2.bal =< t.bal
    BY DEF MaxVotes
  <2>2. t \in Votes /\ t.bal < b
    BY <2>1, <1>1
  <2>3. PICK a0 \in Acceptors : VotedForIn(a0, t.val, t.bal, t.slot)
    BY <2>1, <1>1
  <2>4. SafeAt(t.val, t.bal, t.slot)
    BY <2>3, VotedSafe
  <2> SUFFICES ASSUME NEW c \in 0..(b-1)
               PROVE  \E QQ \in Quorums : \A a \in QQ :
                        VotedForIn(a, t.val, c, t.slot) \/ WontVoteIn(a, c, t.slot)
    BY DEF SafeAt
  <2>5. CASE c < t.bal
    BY <2>2, <2>4, <2>5 DEF SafeAt, Votes, Ballots
  <2>6. CASE t.bal =< c
    <3>1. ASSUME NEW a \in Q, NEW w \in Values, VotedForIn(a, w, c, t.slot)
          PROVE  w = t.val
      <4>1. PICK t2 \in T : t2.slot = t.slot /\ c =< t2.bal
        BY <1>2, <2>2, <3>1 DEF Votes, Ballots
      <4>2. t2.bal =< t.bal /\ t2 \in Votes
        BY <4>1, <2>1, <1>1
      <4>3. c = t.bal
        BY <2>6, <4>1, <4>2, <2>2 DEF Votes, Ballots
      <4>. QED  BY <3>1, <4>3, <2>3, VotedOnce
    <3>2. ASSUME NEW a \in Q
          PROVE  VotedForIn(a, t.val, c, t.slot) \/ WontVoteIn(a, c, t.slot)
      <4>1. c < accMaxBal[a]
        BY <1>2, <1>3 DEF Ballots
      <4>. QED  BY <3>1, <4>1, <2>2 DEF WontVoteIn, Votes
    <3>. QED  BY <3>2
  <2>. QED  BY <2>5, <2>6, <2>2 DEF Votes, Ballots
<1>5. ASSUME NEW d \in D PROVE SafeAt(d.val, b, d.slot)
  <2>1. d.slot \in FreeSlots(T) /\ d.val \in Values
    BY DEF NewProposals
  <2> SUFFICES ASSUME NEW c \in 0..(b-1)
               PROVE  \E QQ \in Quorums : \A a \in QQ :
                        VotedForIn(a, d.val, c, d.slot) \/ WontVoteIn(a, c, d.slot)
    BY DEF SafeAt
  <2>2. ASSUME NEW a \in Q PROVE WontVoteIn(a, c, d.slot)
    <3>1. ASSUME NEW w \in Values, VotedForIn(a, w, c, d.slot) PROVE FALSE
      <4>1. PICK t \in T : t.slot = d.slot
        BY <1>2, <2>1, <3>1 DEF FreeSlots, Ballots
      <4>. QED  BY <4>1, <2>1 DEF FreeSlots
    <3>2. c < accMaxBal[a]
      BY <1>2, <1>3 DEF Ballots
    <3>. QED  BY <3>1, <3>2 DEF WontVoteIn
  <2>. QED  BY <2>2
<1>6. ASSUME NEW d \in Bmax(T) PROVE \E t \in MaxVotes(T) : d = [slot |-> t.slot, val |-> t.val]
  BY DEF Bmax
<1>7. OnePerSlot(Bmax(T))
  <2> SUFFICES ASSUME NEW d1 \in Bmax(T), NEW d2 \in Bmax(T), d1.slot = d2.slot
               PROVE  d1 = d2
    BY DEF OnePerSlot
  <2>1. PICK t1 \in MaxVotes(T) : d1 = [slot |-> t1.slot, val |-> t1.val]
    BY <1>6
  <2>2. PICK t2 \in MaxVotes(T) : d2 = [slot |-> t2.slot, val |-> t2.val]
    BY <1>6
  <2>3. t1 \in T /\ t2 \in T /\ t1.slot = t2.slot /\ t1.bal = t2.bal
    BY <2>1, <2>2, <1>1 DEF MaxVotes, Votes, Ballots
  <2>4. PICK a1 \in Acceptors : VotedForIn(a1, t1.val, t1.bal, t1.slot)
    BY <2>3, <1>1
  <2>5. PICK a2 \in Acceptors : VotedForIn(a2, t2.val, t2.bal, t2.slot)
    BY <2>3, <1>1
  <2>6. t1.val = t2.val
    BY <2>3, <2>4, <2>5, VotedOnce
  <2>. QED  BY <2>1, <2>2, <2>3, <2>6
<1>9. OnePerSlot(D)
  BY DEF NewProposals
<1>10. ASSUME NEW x \in Bmax(T), NEW y \in D PROVE x.slot # y.slot
  <2>1. PICK t \in MaxVotes(T) : x = [slot |-> t.slot, val |-> t.val]
    BY <1>6
  <2>2. t \in T /\ y.slot \in FreeSlots(T)
    BY DEF MaxVotes, NewProposals
  <2>. QED  BY <2>1, <2>2 DEF FreeSlots
<1>11. OnePerSlot(Bmax(T) \cup D)
  BY <1>7, <1>9, <1>10, OnePerSlotUnion
<1>8. ASSUME NEW d \in Bmax(T) PROVE SafeAt(d.val, b, d.slot)
  <2>1. PICK t \in MaxVotes(T) : d = [slot |-> t.slot, val |-> t.val]
    BY <1>6
  <2>. QED  BY <2>1, <1>4
<1>. QED  BY <1>5, <1>8, <1>11
-----------------------------------------------------------------------------
(* One lemma per action of Next: each preserves Inv.                       *)

\* The invariant of a step that casts no vote and leaves accVoted alone,
\* given the type invariant and the invariant of the new messages.
LEMMA InvWithoutVotes ==
  ASSUME Inv, TypeOK', StepFrame, No2b, accVoted' = accVoted,
         \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal),
         \A m \in msgs' \ msgs : MsgOK(m)'
  PROVE  Inv'
<1>1. AccInv'
  BY AccInvStable DEF Inv, StepFrame
<1>2. ASSUME NEW m \in msgs PROVE MsgOK(m)'
  BY OldMsgStable DEF Inv
<1>3. MsgInv'
  BY <1>2 DEF MsgInv
<1>. QED  BY <1>1, <1>3 DEF Inv

LEMMA StutterInv ==
  ASSUME Inv, UNCHANGED vars
  PROVE  Inv'
<1>1. TypeOK'
  BY DEF Inv, TypeOK, vars
<1>2. StepFrame /\ No2b /\ \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
  BY DEF StepFrame, No2b, No2aAt, vars, Inv, TypeOK
<1>. QED  BY <1>1, <1>2, InvWithoutVotes DEF vars

LEMMA Phase1aInv ==
  ASSUME Inv, NEW p \in Proposers, Phase1a(p)
  PROVE  Inv'
<1>1. /\ msgs' = msgs \cup {[type |-> "1a", bal |-> proBallot[p], from |-> p]}
      /\ UNCHANGED <<accVoted, accMaxBal, proBallot>>
  BY DEF Phase1a, Send
<1>2. TypeOK'
  BY <1>1 DEF Inv, TypeOK, Messages
<1>3. StepFrame /\ No2b /\ \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
  BY <1>1 DEF StepFrame, No2b, No2aAt, Inv, TypeOK
<1>4. ASSUME NEW m \in msgs' \ msgs PROVE MsgOK(m)'
  BY <1>1 DEF MsgOK
<1>. QED  BY <1>1, <1>2, <1>3, <1>4, InvWithoutVotes

LEMMA PreemptInv ==
  ASSUME Inv, NEW p \in Proposers, Preempt(p)
  PROVE  Inv'
<1>1. PICK b \in Ballots : /\ proBallot' = [proBallot EXCEPT ![p] = b]
                           /\ UNCHANGED <<msgs, accVoted, accMaxBal>>
  BY DEF Preempt, NewBallot
<1>2. TypeOK'
  BY <1>1 DEF Inv, TypeOK
<1>3. StepFrame /\ No2b /\ \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
  BY <1>1 DEF StepFrame, No2b, No2aAt, Inv, TypeOK
<1>. QED  BY <1>1, <1>2, <1>3, InvWithoutVotes

\* The invariant of a step that only answers a stale message with a preempt
\* message (the new branches of Phase1b and Phase2b).
LEMMA PreemptReplyInv ==
  ASSUME Inv, NEW p \in Proposers, NEW b \in Ballots,
         Send([type |-> "preempt", to |-> p, bal |-> b]),
         UNCHANGED <<accVoted, accMaxBal, proBallot>>
  PROVE  Inv'
<1> DEFINE new == [type |-> "preempt", to |-> p, bal |-> b]
<1>1. msgs' = msgs \cup {new}
  BY DEF Send
<1>2. TypeOK'
  BY <1>1 DEF Inv, TypeOK, Messages
<1>3. StepFrame /\ No2b /\ \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
  BY <1>1 DEF StepFrame, No2b, No2aAt, Inv, TypeOK
<1>4. ASSUME NEW m \in msgs' \ msgs PROVE MsgOK(m)'
  BY <1>1 DEF MsgOK
<1>. QED  BY <1>1, <1>2, <1>3, <1>4, InvWithoutVotes

\* Phase 1b's answer to a 1a message with a ballot above the acceptor's.
LEMMA Phase1bPromiseInv ==
  ASSUME Inv, NEW a \in Acceptors, NEW m1 \in msgs,
         m1.type = "1a",
         m1.bal > accMaxBal[a],
         Send([type |-> "1b", bal |-> m1.bal, voted |-> accVoted[a], from |-> a]),
         accMaxBal' = [accMaxBal EXCEPT ![a] = m1.bal],
         UNCHANGED <<accVoted, proBallot>>
  PROVE  Inv'
<1> DEFINE new == [type |-> "1b", bal |-> m1.bal, voted |-> accVoted[a], from |-> a]
<1>2. msgs' = msgs \cup {new}
  BY DEF Send
<1>3. m1.bal \in Ballots /\ accMaxBal[a] \in Ballots \cup {-1}
  BY DEF Inv, TypeOK, Messages
<1>4. \A t \in accVoted[a] : t.bal < m1.bal
  BY <1>3 DEF Inv, TypeOK, Votes
<1>5. TypeOK'
  <2>1. new \in Messages
    BY <1>3 DEF Inv, TypeOK, Messages
  <2>2. ASSUME NEW x \in Acceptors, NEW t \in accVoted'[x] PROVE t.bal =< accMaxBal'[x]
    <3>1. CASE x = a
      <4>1. t \in accVoted[a] /\ t \in Votes /\ accMaxBal'[a] = m1.bal
        BY <3>1 DEF Inv, TypeOK
      <4>. QED  BY <1>3, <1>4, <3>1, <4>1 DEF Votes
    <3>2. CASE x # a
      BY <3>2 DEF Inv, TypeOK
    <3>. QED  BY <3>1, <3>2
  <2>. QED  BY <1>2, <1>3, <2>1, <2>2 DEF Inv, TypeOK
<1>6. StepFrame /\ No2b /\ \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
  BY <1>2, <1>3 DEF StepFrame, No2b, No2aAt, Inv, TypeOK
<1>7. ASSUME NEW m \in msgs' \ msgs PROVE MsgOK(m)'
  <2>1. m = new
    BY <1>2
  <2>2. m.bal =< accMaxBal'[m.from]
    BY <1>3, <2>1 DEF Inv, TypeOK
  <2>3. ASSUME NEW t \in m.voted
        PROVE  t.bal < m.bal /\ VotedForIn(m.from, t.val, t.bal, t.slot)'
    <3>1. t \in accVoted[a] /\ t \in Votes
      BY <2>1 DEF Inv, TypeOK
    <3>2. VotedForIn(a, t.val, t.bal, t.slot)
      BY <3>1 DEF Inv, AccInv
    <3>. QED  BY <1>4, <2>1, <3>1, <3>2, <1>2, VotedForInStable
  <2>4. ASSUME NEW c \in Ballots, NEW s \in Slots, NEW v \in Values,
               c < m.bal, VotedForIn(m.from, v, c, s)'
        PROVE  \E t \in m.voted : t.slot = s /\ c =< t.bal
    <3>1. VotedForIn(a, v, c, s)
      BY <2>1, <2>4, <1>2, <1>6, VotedForInUnchanged
    <3>. QED  BY <2>1, <3>1 DEF Inv, AccInv
  <2>. QED  BY <2>1, <2>2, <2>3, <2>4 DEF MsgOK, Inv1b
<1>. QED  BY <1>5, <1>6, <1>7, InvWithoutVotes

LEMMA Phase1bInv ==
  ASSUME Inv, NEW a \in Acceptors, Phase1b(a)
  PROVE  Inv'
<1>1. PICK m1 \in msgs :
        /\ m1.type = "1a"
        /\ m1.bal > accMaxBal[a] =>
             /\ Send([type |-> "1b", bal |-> m1.bal, voted |-> accVoted[a], from |-> a])
             /\ accMaxBal' = [accMaxBal EXCEPT ![a] = m1.bal]
             /\ UNCHANGED <<accVoted, proBallot>>
        /\ ~(m1.bal > accMaxBal[a]) =>
             /\ Send([type |-> "preempt", to |-> m1.from, bal |-> accMaxBal[a]])
             /\ UNCHANGED <<accVoted, accMaxBal, proBallot>>
  BY DEF Phase1b
<1>2. CASE m1.bal > accMaxBal[a]
  BY <1>1, <1>2, Phase1bPromiseInv
<1>3. CASE ~(m1.bal > accMaxBal[a])
  <2>1. m1.from \in Proposers /\ accMaxBal[a] \in Ballots
    BY <1>1, <1>3 DEF Inv, TypeOK, Messages
  <2>. QED  BY <1>1, <1>3, <2>1, PreemptReplyInv
<1>. QED  BY <1>2, <1>3

LEMMA Phase2aInv ==
  ASSUME Inv, NEW p \in Proposers, Phase2a(p)
  PROVE  Inv'
<1>1. ~ \E m \in msgs : m.type = "2a" /\ m.bal = proBallot[p]
  BY DEF Phase2a
<1>2. PICK Q \in Quorums,
           S \in SUBSET {m \in msgs : m.type = "1b" /\ m.bal = proBallot[p]} :
        /\ \A a \in Q : \E m \in S : m.from = a
        /\ \E D \in NewProposals(ReportedVotes(S)) :
             Send([type |-> "2a", bal |-> proBallot[p],
                   decrees |-> Bmax(ReportedVotes(S)) \cup D, from |-> p])
  BY DEF Phase2a
<1>3. PICK D \in NewProposals(ReportedVotes(S)) :
        Send([type |-> "2a", bal |-> proBallot[p],
              decrees |-> Bmax(ReportedVotes(S)) \cup D, from |-> p])
  BY <1>2
<1> DEFINE new == [type |-> "2a", bal |-> proBallot[p],
                   decrees |-> Bmax(ReportedVotes(S)) \cup D, from |-> p]
<1>4. msgs' = msgs \cup {new} /\ UNCHANGED <<accVoted, accMaxBal, proBallot>>
  BY <1>3 DEF Send, Phase2a
<1>5. proBallot[p] \in Ballots
  BY DEF Inv, TypeOK
<1>6. new.decrees \subseteq Decrees
  <2>1. ReportedVotes(S) \subseteq Votes
    BY DEF ReportedVotes, Inv, TypeOK, Messages
  <2>2. Bmax(ReportedVotes(S)) \subseteq Decrees
    BY <2>1 DEF Bmax, MaxVotes, Votes, Decrees
  <2>3. D \subseteq Decrees
    BY DEF NewProposals, FreeSlots, Decrees
  <2>. QED  BY <2>2, <2>3
<1>7. TypeOK'
  <2>1. new \in Messages
    BY <1>5, <1>6 DEF Messages
  <2>. QED  BY <1>4, <2>1 DEF Inv, TypeOK
<1>8. StepFrame /\ No2b /\ \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
  BY <1>1, <1>4 DEF StepFrame, No2b, No2aAt, Inv, TypeOK
<1>9. ASSUME NEW m \in msgs' \ msgs PROVE MsgOK(m)'
  <2>1. m = new
    BY <1>4
  <2>2. /\ \A d \in Bmax(ReportedVotes(S)) \cup D : SafeAt(d.val, proBallot[p], d.slot)
        /\ OnePerSlot(Bmax(ReportedVotes(S)) \cup D)
    BY <1>2, <1>3, <1>5, ProposalSafe DEF Inv
  <2>3. ASSUME NEW d \in m.decrees PROVE SafeAt(d.val, m.bal, d.slot)'
    <3>1. SafeAt(d.val, m.bal, d.slot) /\ m.bal \in Ballots
      BY <1>5, <2>1, <2>2
    <3>. QED  BY <1>7, <1>8, <3>1, SafeAtStable DEF Inv
  <2>4. ASSUME NEW m2 \in msgs', m2.type = "2a", m2.bal = m.bal PROVE m2 = m
    BY <1>1, <1>4, <2>1, <2>4
  <2>5. m.type = "2a"
    BY <2>1
  <2>. QED  BY <2>1, <2>2, <2>3, <2>4, <2>5 DEF MsgOK, Inv2a
<1>. QED  BY <1>4, <1>7, <1>8, <1>9, InvWithoutVotes

\* Phase 2b's vote on a 2a message with a ballot at least the acceptor's.
LEMMA Phase2bVoteInv ==
  ASSUME Inv, NEW a \in Acceptors, NEW m2a \in msgs,
         m2a.type = "2a",
         m2a.bal >= accMaxBal[a],
         Send([type |-> "2b", bal |-> m2a.bal, decrees |-> m2a.decrees, from |-> a]),
         accMaxBal' = [accMaxBal EXCEPT ![a] = m2a.bal],
         accVoted' =
           [accVoted EXCEPT ![a] =
              {[bal |-> m2a.bal, slot |-> d.slot, val |-> d.val] : d \in m2a.decrees}
              \cup {e \in accVoted[a] : \A r \in m2a.decrees : e.slot # r.slot}],
         UNCHANGED proBallot
  PROVE  Inv'
<1> DEFINE new == [type |-> "2b", bal |-> m2a.bal, decrees |-> m2a.decrees, from |-> a]
           NewVotes == {[bal |-> m2a.bal, slot |-> d.slot, val |-> d.val] : d \in m2a.decrees}
           Kept == {e \in accVoted[a] : \A r \in m2a.decrees : e.slot # r.slot}
<1>2. msgs' = msgs \cup {new} /\ accVoted' = [accVoted EXCEPT ![a] = NewVotes \cup Kept]
  BY DEF Send
<1>3. m2a.bal \in Ballots /\ m2a.decrees \subseteq Decrees /\ accMaxBal[a] \in Ballots \cup {-1}
  BY DEF Inv, TypeOK, Messages
<1>4. NewVotes \subseteq Votes /\ \A t \in NewVotes : t.bal = m2a.bal
  BY <1>3 DEF Votes, Decrees
<1>5. Kept \subseteq Votes /\ \A t \in Kept : t.bal =< m2a.bal
  BY <1>3 DEF Inv, TypeOK, Votes
<1>6. TypeOK'
  <2>1. new \in Messages
    BY <1>3 DEF Inv, TypeOK, Messages
  <2>2. accVoted' \in [Acceptors -> SUBSET Votes]
    BY <1>2, <1>4, <1>5 DEF Inv, TypeOK
  <2>3. accMaxBal' \in [Acceptors -> Ballots \cup {-1}]
    BY <1>3 DEF Inv, TypeOK
  <2>4. ASSUME NEW x \in Acceptors, NEW t \in accVoted'[x] PROVE t.bal =< accMaxBal'[x]
    <3>1. CASE x = a
      <4>1. accVoted'[a] = NewVotes \cup Kept /\ accMaxBal'[a] = m2a.bal
        BY <1>2 DEF Inv, TypeOK
      <4>. QED  BY <1>3, <1>4, <1>5, <3>1, <4>1
    <3>2. CASE x # a
      BY <1>2, <3>2 DEF Inv, TypeOK
    <3>. QED  BY <3>1, <3>2
  <2>. QED  BY <1>2, <2>1, <2>2, <2>3, <2>4 DEF Inv, TypeOK
<1>7. StepFrame
  BY <1>2, <1>3 DEF StepFrame, Inv, TypeOK
<1>8. ASSUME NEW x, NEW v, NEW c, NEW s
      PROVE  VotedForIn(x, v, c, s)' <=>
               \/ VotedForIn(x, v, c, s)
               \/ x = a /\ c = m2a.bal /\ \E d \in m2a.decrees : d.slot = s /\ d.val = v
  BY <1>2 DEF VotedForIn
<1>9. AccInv'
  <2> SUFFICES ASSUME NEW x \in Acceptors
               PROVE  /\ \A t \in accVoted'[x] : VotedForIn(x, t.val, t.bal, t.slot)'
                      /\ \A c \in Ballots, s \in Slots, v \in Values :
                           VotedForIn(x, v, c, s)' =>
                             \E t \in accVoted'[x] : t.slot = s /\ c =< t.bal
    BY DEF AccInv
  <2>1. CASE x # a
    <3>1. accVoted'[x] = accVoted[x]
      BY <1>2, <2>1 DEF Inv, TypeOK
    <3>2. ASSUME NEW v, NEW c, NEW s PROVE VotedForIn(x, v, c, s)' <=> VotedForIn(x, v, c, s)
      BY <1>8, <2>1
    <3>. QED  BY <3>1, <3>2 DEF Inv, AccInv
  <2>2. CASE x = a
    <3>1. accVoted'[a] = NewVotes \cup Kept
      BY <1>2 DEF Inv, TypeOK
    <3>2. ASSUME NEW t \in accVoted'[a] PROVE VotedForIn(a, t.val, t.bal, t.slot)'
      <4>1. CASE t \in NewVotes
        BY <4>1, <1>8
      <4>2. CASE t \in Kept
        BY <4>2, <1>8 DEF Inv, AccInv
      <4>. QED  BY <3>1, <4>1, <4>2
    <3>3. ASSUME NEW c \in Ballots, NEW s \in Slots, NEW v \in Values, VotedForIn(a, v, c, s)'
          PROVE  \E t \in accVoted'[a] : t.slot = s /\ c =< t.bal
      <4>1. CASE c = m2a.bal /\ \E d \in m2a.decrees : d.slot = s /\ d.val = v
        <5>1. PICK d \in m2a.decrees : d.slot = s /\ d.val = v
          BY <4>1
        <5>. QED  BY <3>1, <4>1, <5>1
      <4>2. CASE VotedForIn(a, v, c, s)
        <5>1. PICK t0 \in accVoted[a] : t0.slot = s /\ c =< t0.bal
          BY <4>2 DEF Inv, AccInv
        <5>2. t0.bal =< m2a.bal /\ t0 \in Votes
          BY <1>3, <5>1 DEF Inv, TypeOK, Votes
        <5>3. CASE \E r \in m2a.decrees : r.slot = s
          <6>1. PICK r \in m2a.decrees : r.slot = s
            BY <5>3
          <6>. QED  BY <3>1, <5>1, <5>2, <6>1, <1>3 DEF Votes
        <5>4. CASE \A r \in m2a.decrees : r.slot # s
          BY <3>1, <5>1, <5>4
        <5>. QED  BY <5>3, <5>4
      <4>. QED  BY <3>3, <4>1, <4>2, <1>8
    <3>. QED  BY <2>2, <3>2, <3>3
  <2>. QED  BY <2>1, <2>2
<1>10. MsgInv'
  <2>1. ASSUME NEW m \in msgs PROVE MsgOK(m)'
    <3>1. \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
      BY <1>2 DEF No2aAt
    <3>. QED  BY <1>6, <1>7, <3>1, OldMsgStable DEF Inv
  <2>2. Inv2b(new)'
    BY <1>2, <1>3 DEF Inv2b, Inv, TypeOK
  <2>3. MsgOK(new)'
    BY <2>2 DEF MsgOK
  <2>. QED  BY <1>2, <2>1, <2>3 DEF MsgInv
<1>. QED  BY <1>6, <1>9, <1>10 DEF Inv

LEMMA Phase2bInv ==
  ASSUME Inv, NEW a \in Acceptors, Phase2b(a)
  PROVE  Inv'
<1>1. PICK m2a \in msgs :
        /\ m2a.type = "2a"
        /\ m2a.bal >= accMaxBal[a] =>
             /\ Send([type |-> "2b", bal |-> m2a.bal, decrees |-> m2a.decrees, from |-> a])
             /\ accMaxBal' = [accMaxBal EXCEPT ![a] = m2a.bal]
             /\ accVoted' =
                  [accVoted EXCEPT ![a] =
                     {[bal |-> m2a.bal, slot |-> d.slot, val |-> d.val] : d \in m2a.decrees}
                     \cup {e \in accVoted[a] : \A r \in m2a.decrees : e.slot # r.slot}]
             /\ UNCHANGED proBallot
        /\ ~(m2a.bal >= accMaxBal[a]) =>
             /\ Send([type |-> "preempt", to |-> m2a.from, bal |-> accMaxBal[a]])
             /\ UNCHANGED <<accVoted, accMaxBal, proBallot>>
  BY DEF Phase2b
<1>2. CASE m2a.bal >= accMaxBal[a]
  BY <1>1, <1>2, Phase2bVoteInv
<1>3. CASE ~(m2a.bal >= accMaxBal[a])
  <2>1. m2a.from \in Proposers /\ accMaxBal[a] \in Ballots
    BY <1>1, <1>3 DEF Inv, TypeOK, Messages
  <2>. QED  BY <1>1, <1>3, <2>1, PreemptReplyInv
<1>. QED  BY <1>2, <1>3
-----------------------------------------------------------------------------
(* The theorems.                                                           *)
THEOREM Invariance == Spec => []Inv
<1>1. Init => Inv
  BY DEF Init, Inv, TypeOK, AccInv, MsgInv, VotedForIn
<1>2. Inv /\ [Next]_vars => Inv'
  <2> SUFFICES ASSUME Inv, [Next]_vars PROVE Inv'
    OBVIOUS
  <2>1. CASE Next
    BY <2>1, Phase1aInv, Phase1bInv, Phase2aInv, Phase2bInv, PreemptInv DEF Next
  <2>2. CASE UNCHANGED vars
    BY <2>2, StutterInv
  <2>. QED  BY <2>1, <2>2
<1>. QED  BY <1>1, <1>2, PTL DEF Spec

\* Agreement per slot, in every state that satisfies the invariant.
LEMMA InvConsistent ==
  ASSUME Inv PROVE Consistency
<1> SUFFICES ASSUME NEW v1 \in Values, NEW v2 \in Values, NEW s \in Slots,
                    NEW b1 \in Ballots, NEW b2 \in Ballots,
                    ChosenIn(v1, b1, s), ChosenIn(v2, b2, s), b1 =< b2
             PROVE  v1 = v2
  BY DEF Consistency, Chosen
<1>1. PICK Q1 \in Quorums : \A a \in Q1 : VotedForIn(a, v1, b1, s)
  BY DEF ChosenIn
<1>2. PICK Q2 \in Quorums : \A a \in Q2 : VotedForIn(a, v2, b2, s)
  BY DEF ChosenIn
<1>3. CASE b1 = b2
  <2>1. PICK a \in Acceptors : a \in Q1 /\ a \in Q2
    BY QuorumsMeet
  <2>. QED  BY <1>1, <1>2, <1>3, <2>1, VotedOnce DEF Inv
<1>4. CASE b1 < b2
  <2>1. PICK a2 \in Acceptors : a2 \in Q2
    BY QuorumsMeet
  <2>2. SafeAt(v2, b2, s)
    BY <1>2, <2>1, VotedSafe DEF Inv
  <2>3. PICK Q \in Quorums : \A a \in Q : VotedForIn(a, v2, b1, s) \/ WontVoteIn(a, b1, s)
    BY <1>4, <2>2 DEF SafeAt
  <2>4. PICK a \in Acceptors : a \in Q1 /\ a \in Q
    BY QuorumsMeet
  <2>5. VotedForIn(a, v2, b1, s)
    BY <1>1, <2>3, <2>4 DEF WontVoteIn
  <2>. QED  BY <1>1, <2>4, <2>5, VotedOnce DEF Inv
<1>. QED  BY <1>3, <1>4

THEOREM Consistent == Spec => []Consistency
BY Invariance, InvConsistent, PTL
=============================================================================
