-------------------------------- MODULE Paxos --------------------------------
(* Basic (single-decree) Paxos after the specification of Basic Paxos in   *)
(* Chand, Liu and Stoller, "Formal Verification of Multi-Paxos for         *)
(* Distributed Consensus" (FM 2016), sections 2 and 3 (the left columns of *)
(* Figs. 2-5), and a TLAPS-style proof of its safety: no two different     *)
(* values are ever chosen.                                                 *)
(*                                                                         *)
(* Acceptors keep the highest ballot they have seen (maxBal) and their     *)
(* latest vote (maxVBal, maxVal; -1 and None before any); a 1b message     *)
(* reports that vote; a 2a message for ballot b proposes the value of the  *)
(* highest vote a quorum reported, or any value if none of them voted.     *)
(*                                                                         *)
(* The proof is the single-slot shape of MultiPaxos.tla's: state lemmas    *)
(* (VotedOnce, VotedSafe), continuity lemmas against an abstract step      *)
(* (StepFrame: messages only grow, maxBal only grows, a new vote is cast   *)
(* at or above its acceptor's ballot), one lemma per action, then the      *)
(* invariance and consistency theorems.                                    *)
EXTENDS Integers, TLAPS

CONSTANTS Acceptors, Values, Quorums

ASSUME QuorumAssumption ==
  /\ Quorums \subseteq SUBSET Acceptors
  /\ \A Q1, Q2 \in Quorums : Q1 \cap Q2 # {}

Ballots == Nat

None == CHOOSE v : v \notin Values

Messages ==
       [type : {"1a"}, bal : Ballots]
  \cup [type : {"1b"}, bal : Ballots, maxVBal : Ballots \cup {-1},
        maxVal : Values \cup {None}, acc : Acceptors]
  \cup [type : {"2a"}, bal : Ballots, val : Values]
  \cup [type : {"2b"}, bal : Ballots, val : Values, acc : Acceptors]

VARIABLES msgs,     \* the set of messages sent so far
          maxBal,   \* maxBal[a]: the highest ballot acceptor a has seen
          maxVBal,  \* maxVBal[a]: the ballot of a's latest vote (-1: none)
          maxVal    \* maxVal[a]: the value of a's latest vote (None: none)

vars == <<msgs, maxBal, maxVBal, maxVal>>

Send(m) == msgs' = msgs \cup {m}

Init == /\ msgs = {}
        /\ maxBal = [a \in Acceptors |-> -1]
        /\ maxVBal = [a \in Acceptors |-> -1]
        /\ maxVal = [a \in Acceptors |-> None]

Phase1a(b) ==
  /\ ~ \E m \in msgs : m.type = "1a" /\ m.bal = b
  /\ Send([type |-> "1a", bal |-> b])
  /\ UNCHANGED <<maxBal, maxVBal, maxVal>>

Phase1b(a) ==
  \E m \in msgs :
    /\ m.type = "1a"
    /\ m.bal > maxBal[a]
    /\ Send([type |-> "1b", bal |-> m.bal, maxVBal |-> maxVBal[a],
             maxVal |-> maxVal[a], acc |-> a])
    /\ maxBal' = [maxBal EXCEPT ![a] = m.bal]
    /\ UNCHANGED <<maxVBal, maxVal>>

\* v may be proposed at b on the 1b messages S of a quorum: none of them
\* reports a vote, or v is the value of a highest vote they report.
ProposableOn(v, b, S) ==
  \/ \A m \in S : m.maxVBal = -1
  \/ \E c \in 0..(b-1) : /\ \A m \in S : m.maxVBal =< c
                         /\ \E m \in S : m.maxVBal = c /\ m.maxVal = v

Phase2a(b) ==
  /\ ~ \E m \in msgs : m.type = "2a" /\ m.bal = b
  /\ \E v \in Values :
       /\ \E Q \in Quorums, S \in SUBSET {m \in msgs : m.type = "1b" /\ m.bal = b} :
            /\ \A a \in Q : \E m \in S : m.acc = a
            /\ ProposableOn(v, b, S)
       /\ Send([type |-> "2a", bal |-> b, val |-> v])
  /\ UNCHANGED <<maxBal, maxVBal, maxVal>>

Phase2b(a) ==
  \E m \in msgs :
    /\ m.type = "2a"
    /\ m.bal >= maxBal[a]
    /\ Send([type |-> "2b", bal |-> m.bal, val |-> m.val, acc |-> a])
    /\ maxBal' = [maxBal EXCEPT ![a] = m.bal]
    /\ maxVBal' = [maxVBal EXCEPT ![a] = m.bal]
    /\ maxVal' = [maxVal EXCEPT ![a] = m.val]

Next == \/ \E b \in Ballots : Phase1a(b) \/ Phase2a(b)
        \/ \E a \in Acceptors : Phase1b(a) \/ Phase2b(a)

Spec == Init /\ [][Next]_vars
-----------------------------------------------------------------------------
(* What it means for a value to be chosen.                                 *)
VotedForIn(a, v, b) ==
  \E m \in msgs : m.type = "2b" /\ m.bal = b /\ m.val = v /\ m.acc = a

ChosenIn(v, b) == \E Q \in Quorums : \A a \in Q : VotedForIn(a, v, b)

Chosen(v) == \E b \in Ballots : ChosenIn(v, b)

Consistency == \A v1, v2 \in Values : Chosen(v1) /\ Chosen(v2) => v1 = v2
-----------------------------------------------------------------------------
(* The inductive invariant.                                                *)
WontVoteIn(a, b) == /\ \A v \in Values : ~ VotedForIn(a, v, b)
                    /\ maxBal[a] > b

\* No value other than perhaps v is or will be chosen below ballot b.
SafeAt(v, b) ==
  \A c \in 0..(b-1) :
    \E Q \in Quorums : \A a \in Q : VotedForIn(a, v, c) \/ WontVoteIn(a, c)

TypeOK == /\ msgs \in SUBSET Messages
          /\ maxBal \in [Acceptors -> Ballots \cup {-1}]
          /\ maxVBal \in [Acceptors -> Ballots \cup {-1}]
          /\ maxVal \in [Acceptors -> Values \cup {None}]
          /\ \A a \in Acceptors : maxVBal[a] =< maxBal[a]

\* An acceptor's latest vote is one of its votes, and the highest.
AccInv ==
  \A a \in Acceptors :
    /\ maxVBal[a] \in Ballots => VotedForIn(a, maxVal[a], maxVBal[a])
    /\ \A c \in Ballots, v \in Values : VotedForIn(a, v, c) => c =< maxVBal[a]

\* A 1b message reports the sender's highest vote below its ballot.
Inv1b(m) ==
  /\ m.bal =< maxBal[m.acc]
  /\ m.maxVBal < m.bal
  /\ m.maxVBal \in Ballots => VotedForIn(m.acc, m.maxVal, m.maxVBal)
  /\ \A c \in Ballots, v \in Values :
       c < m.bal /\ VotedForIn(m.acc, v, c) => c =< m.maxVBal

Inv2a(m) ==
  /\ SafeAt(m.val, m.bal)
  /\ \A m2 \in msgs : m2.type = "2a" /\ m2.bal = m.bal => m2 = m

Inv2b(m) ==
  /\ \E m2 \in msgs : m2.type = "2a" /\ m2.bal = m.bal /\ m2.val = m.val
  /\ m.bal =< maxBal[m.acc]

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

\* A vote comes from the 2a message of its ballot.
LEMMA VotedHas2a ==
  ASSUME MsgInv, NEW a, NEW v, NEW c, VotedForIn(a, v, c)
  PROVE  \E m2 \in msgs : m2.type = "2a" /\ m2.bal = c /\ m2.val = v /\ Inv2a(m2)
<1>1. PICK m \in msgs : m.type = "2b" /\ m.bal = c /\ m.val = v /\ m.acc = a
  BY DEF VotedForIn
<1>2. PICK m2 \in msgs : m2.type = "2a" /\ m2.bal = c /\ m2.val = v
  BY <1>1 DEF MsgInv, MsgOK, Inv2b
<1>. QED  BY <1>2 DEF MsgInv, MsgOK

\* In one ballot, all votes are for one value.
LEMMA VotedOnce ==
  ASSUME MsgInv, NEW a1, NEW a2, NEW v1, NEW v2, NEW c,
         VotedForIn(a1, v1, c), VotedForIn(a2, v2, c)
  PROVE  v1 = v2
<1>1. PICK m1 \in msgs : m1.type = "2a" /\ m1.bal = c /\ m1.val = v1 /\ Inv2a(m1)
  BY VotedHas2a
<1>2. PICK m2 \in msgs : m2.type = "2a" /\ m2.bal = c /\ m2.val = v2 /\ Inv2a(m2)
  BY VotedHas2a
<1>3. m1 = m2
  BY <1>1, <1>2 DEF Inv2a
<1>. QED  BY <1>1, <1>2, <1>3

\* A value voted for at a ballot is safe at it.
LEMMA VotedSafe ==
  ASSUME MsgInv, NEW a, NEW v, NEW c, VotedForIn(a, v, c)
  PROVE  SafeAt(v, c)
<1>1. PICK m2 \in msgs : m2.type = "2a" /\ m2.bal = c /\ m2.val = v /\ Inv2a(m2)
  BY VotedHas2a
<1>. QED  BY <1>1 DEF Inv2a
-----------------------------------------------------------------------------
(* Continuity lemmas: what every step preserves. A step is described by    *)
(* StepFrame only: messages are never lost, the highest ballot an acceptor *)
(* has seen never decreases, and a new vote is cast at a ballot no lower   *)
(* than its acceptor's highest ballot.                                     *)
StepFrame ==
  /\ msgs \subseteq msgs'
  /\ \A a \in Acceptors : maxBal[a] =< maxBal'[a]
  /\ \A m \in msgs' \ msgs : m.type = "2b" => maxBal[m.acc] =< m.bal

\* Steps whose new messages are neither 2a for ballot b nor 2b.
No2aAt(b) == \A m \in msgs' \ msgs : m.type = "2a" => m.bal # b
No2b == \A m \in msgs' \ msgs : m.type # "2b"

LEMMA MaxBalGrows ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW a \in Acceptors, NEW c \in Ballots,
         c < maxBal[a]
  PROVE  c < maxBal'[a]
BY DEF TypeOK, StepFrame

LEMMA VotedForInStable ==
  ASSUME msgs \subseteq msgs', NEW a, NEW v, NEW c, VotedForIn(a, v, c)
  PROVE  VotedForIn(a, v, c)'
BY DEF VotedForIn

\* No step adds a vote below the voter's highest ballot.
LEMMA VotedForInNoPast ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW a \in Acceptors, NEW v, NEW c \in Ballots,
         c < maxBal[a], VotedForIn(a, v, c)'
  PROVE  VotedForIn(a, v, c)
<1>1. PICK m \in msgs' : m.type = "2b" /\ m.bal = c /\ m.val = v /\ m.acc = a
  BY DEF VotedForIn
<1>2. m \in msgs
  BY <1>1 DEF StepFrame, TypeOK
<1>. QED  BY <1>1, <1>2 DEF VotedForIn

LEMMA VotedForInUnchanged ==
  ASSUME msgs \subseteq msgs', No2b, NEW a, NEW v, NEW c
  PROVE  VotedForIn(a, v, c)' <=> VotedForIn(a, v, c)
BY DEF VotedForIn, No2b

LEMMA WontVoteInStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW a \in Acceptors, NEW c \in Ballots,
         WontVoteIn(a, c)
  PROVE  WontVoteIn(a, c)'
<1>1. c < maxBal[a]
  BY DEF WontVoteIn
<1>2. c < maxBal'[a]
  BY <1>1, MaxBalGrows
<1>3. ASSUME NEW v \in Values, VotedForIn(a, v, c)' PROVE FALSE
  BY <1>1, <1>3, VotedForInNoPast DEF WontVoteIn
<1>. QED  BY <1>2, <1>3 DEF WontVoteIn

LEMMA SafeAtStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW v, NEW b \in Ballots, SafeAt(v, b)
  PROVE  SafeAt(v, b)'
<1> SUFFICES ASSUME NEW c \in 0..(b-1)
             PROVE  \E Q \in Quorums : \A a \in Q :
                      VotedForIn(a, v, c)' \/ WontVoteIn(a, c)'
  BY DEF SafeAt
<1>1. PICK Q \in Quorums : \A a \in Q : VotedForIn(a, v, c) \/ WontVoteIn(a, c)
  BY DEF SafeAt
<1>2. ASSUME NEW a \in Q PROVE VotedForIn(a, v, c)' \/ WontVoteIn(a, c)'
  <2>1. a \in Acceptors /\ c \in Ballots
    BY QuorumAssumption
  <2>. QED  BY <1>1, <2>1, VotedForInStable, WontVoteInStable DEF StepFrame
<1>. QED  BY <1>2

LEMMA Inv1bStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW m \in msgs, m.type = "1b", Inv1b(m)
  PROVE  Inv1b(m)'
<1>1. m \in Messages /\ m.acc \in Acceptors /\ m.bal \in Ballots
  BY DEF TypeOK, Messages
<1>2. (m.bal =< maxBal[m.acc])'
  BY <1>1 DEF Inv1b, StepFrame, TypeOK
<1>3. (m.maxVBal \in Ballots => VotedForIn(m.acc, m.maxVal, m.maxVBal))'
  BY VotedForInStable DEF Inv1b, StepFrame
<1>4. ASSUME NEW c \in Ballots, NEW v \in Values, c < m.bal, VotedForIn(m.acc, v, c)'
      PROVE  c =< m.maxVBal
  <2>1. c < maxBal[m.acc]
    BY <1>1, <1>4 DEF Inv1b, TypeOK
  <2>2. VotedForIn(m.acc, v, c)
    BY <1>1, <1>4, <2>1, VotedForInNoPast
  <2>. QED  BY <1>4, <2>2 DEF Inv1b
<1>. QED  BY <1>2, <1>3, <1>4 DEF Inv1b

LEMMA Inv2aStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW m \in msgs, m.type = "2a", Inv2a(m),
         No2aAt(m.bal)
  PROVE  Inv2a(m)'
<1>1. m.bal \in Ballots
  BY DEF TypeOK, Messages
<1>2. SafeAt(m.val, m.bal)'
  BY <1>1, SafeAtStable DEF Inv2a
<1>3. ASSUME NEW m2 \in msgs', m2.type = "2a", m2.bal = m.bal PROVE m2 = m
  BY <1>3 DEF Inv2a, No2aAt
<1>. QED  BY <1>2, <1>3 DEF Inv2a

LEMMA Inv2bStable ==
  ASSUME TypeOK, TypeOK', StepFrame, NEW m \in msgs, m.type = "2b", Inv2b(m)
  PROVE  Inv2b(m)'
<1>1. m.acc \in Acceptors /\ m.bal \in Ballots
  BY DEF TypeOK, Messages
<1>. QED  BY <1>1 DEF Inv2b, StepFrame, TypeOK

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
  ASSUME AccInv, msgs \subseteq msgs', No2b,
         maxVBal' = maxVBal, maxVal' = maxVal
  PROVE  AccInv'
BY VotedForInUnchanged DEF AccInv
-----------------------------------------------------------------------------
(* Phase 2a proposes only safe values.                                     *)
LEMMA ProposalSafe ==
  ASSUME TypeOK, MsgInv, NEW b \in Ballots, NEW v \in Values, NEW Q \in Quorums,
         NEW S \in SUBSET {m \in msgs : m.type = "1b" /\ m.bal = b},
         \A a \in Q : \E m \in S : m.acc = a,
         ProposableOn(v, b, S)
  PROVE  SafeAt(v, b)
<1>0. ASSUME NEW m \in S PROVE m.maxVBal \in Ballots \cup {-1}
  BY DEF TypeOK, Messages
<1>1. ASSUME NEW a \in Q
      PROVE  /\ a \in Acceptors /\ maxBal[a] \in Ballots \cup {-1} /\ b =< maxBal[a]
             /\ \E m \in S : /\ m.acc = a /\ m.maxVBal \in Ballots \cup {-1}
                             /\ \A c \in Ballots, w \in Values :
                                  c < b /\ VotedForIn(a, w, c) => c =< m.maxVBal
  <2>1. PICK m \in S : m.acc = a
    OBVIOUS
  <2>2. m \in Messages /\ m.type = "1b" /\ m.bal = b /\ Inv1b(m)
    BY <2>1 DEF MsgInv, MsgOK, TypeOK
  <2>3. a \in Acceptors
    BY QuorumAssumption
  <2>4. maxBal[a] \in Ballots \cup {-1}
    BY <2>3 DEF TypeOK
  <2>. QED  BY <2>1, <2>2, <2>3, <2>4 DEF Inv1b, Messages
<1>2. ASSUME NEW a \in Q, NEW c \in 0..(b-1),
             \A m \in S : m.maxVBal < c
      PROVE  WontVoteIn(a, c)
  <2>1. PICK m \in S : /\ m.acc = a /\ m.maxVBal \in Ballots \cup {-1}
                       /\ \A cc \in Ballots, ww \in Values :
                            cc < b /\ VotedForIn(a, ww, cc) => cc =< m.maxVBal
    BY <1>1
  <2>2. m.maxVBal < c
    BY <1>2
  <2>3. ASSUME NEW ww \in Values, VotedForIn(a, ww, c) PROVE FALSE
    BY <2>1, <2>2, <2>3
  <2>4. c < maxBal[a]
    BY <1>1
  <2>. QED  BY <2>3, <2>4 DEF WontVoteIn
<1> SUFFICES ASSUME NEW c \in 0..(b-1)
             PROVE  \E QQ \in Quorums : \A a \in QQ : VotedForIn(a, v, c) \/ WontVoteIn(a, c)
  BY DEF SafeAt
<1>3. CASE \A m \in S : m.maxVBal = -1
  <2>1. \A m \in S : m.maxVBal < c
    BY <1>3
  <2>. QED  BY <2>1, <1>2
<1>4. CASE \E c0 \in 0..(b-1) : /\ \A m \in S : m.maxVBal =< c0
                                /\ \E m \in S : m.maxVBal = c0 /\ m.maxVal = v
  <2>1. PICK c0 \in 0..(b-1) : /\ \A m \in S : m.maxVBal =< c0
                               /\ \E m \in S : m.maxVBal = c0 /\ m.maxVal = v
    BY <1>4
  <2>2. PICK m0 \in S : m0.maxVBal = c0 /\ m0.maxVal = v
    BY <2>1
  <2>3. VotedForIn(m0.acc, v, c0)
    <3>1. m0.type = "1b" /\ Inv1b(m0)
      BY DEF MsgInv, MsgOK
    <3>. QED  BY <2>2, <3>1 DEF Inv1b
  <2>4. CASE c < c0
    <3>1. SafeAt(v, c0)
      BY <2>3, VotedSafe
    <3>. QED  BY <2>4, <3>1 DEF SafeAt
  <2>5. CASE c = c0
    <3>1. ASSUME NEW a \in Q PROVE VotedForIn(a, v, c) \/ WontVoteIn(a, c)
      <4>1. ASSUME NEW w \in Values, VotedForIn(a, w, c) PROVE w = v
        BY <2>3, <2>5, <4>1, VotedOnce
      <4>2. c < maxBal[a]
        BY <1>1
      <4>. QED  BY <4>1, <4>2 DEF WontVoteIn
    <3>. QED  BY <3>1
  <2>6. CASE c0 < c
    <3>1. \A m \in S : m.maxVBal < c
      BY <1>0, <2>1, <2>6
    <3>. QED  BY <3>1, <1>2
  <2>. QED  BY <2>4, <2>5, <2>6
<1>. QED  BY <1>3, <1>4 DEF ProposableOn
-----------------------------------------------------------------------------
(* One lemma per action of Next: each preserves Inv.                       *)

\* The invariant of a step that casts no vote and leaves the votes alone,
\* given the type invariant and the invariant of the new messages.
LEMMA InvWithoutVotes ==
  ASSUME Inv, TypeOK', StepFrame, No2b, maxVBal' = maxVBal, maxVal' = maxVal,
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
  ASSUME Inv, NEW b \in Ballots, Phase1a(b)
  PROVE  Inv'
<1>1. /\ msgs' = msgs \cup {[type |-> "1a", bal |-> b]}
      /\ UNCHANGED <<maxBal, maxVBal, maxVal>>
  BY DEF Phase1a, Send
<1>2. TypeOK'
  BY <1>1 DEF Inv, TypeOK, Messages
<1>3. StepFrame /\ No2b /\ \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
  BY <1>1 DEF StepFrame, No2b, No2aAt, Inv, TypeOK
<1>4. ASSUME NEW m \in msgs' \ msgs PROVE MsgOK(m)'
  BY <1>1 DEF MsgOK
<1>. QED  BY <1>1, <1>2, <1>3, <1>4, InvWithoutVotes

LEMMA Phase1bInv ==
  ASSUME Inv, NEW a \in Acceptors, Phase1b(a)
  PROVE  Inv'
<1>1. PICK m1 \in msgs :
        /\ m1.type = "1a"
        /\ m1.bal > maxBal[a]
        /\ Send([type |-> "1b", bal |-> m1.bal, maxVBal |-> maxVBal[a],
                 maxVal |-> maxVal[a], acc |-> a])
        /\ maxBal' = [maxBal EXCEPT ![a] = m1.bal]
        /\ UNCHANGED <<maxVBal, maxVal>>
  BY DEF Phase1b
<1> DEFINE new == [type |-> "1b", bal |-> m1.bal, maxVBal |-> maxVBal[a],
                   maxVal |-> maxVal[a], acc |-> a]
<1>2. msgs' = msgs \cup {new}
  BY <1>1 DEF Send
<1>3. m1.bal \in Ballots /\ maxBal[a] \in Ballots \cup {-1}
      /\ maxVBal[a] \in Ballots \cup {-1} /\ maxVBal[a] =< maxBal[a]
  BY DEF Inv, TypeOK, Messages
<1>4. TypeOK'
  <2>1. new \in Messages
    BY <1>3 DEF Inv, TypeOK, Messages
  <2>2. maxBal' \in [Acceptors -> Ballots \cup {-1}]
    BY <1>1, <1>3 DEF Inv, TypeOK
  <2>3. ASSUME NEW x \in Acceptors PROVE maxVBal'[x] =< maxBal'[x]
    BY <1>1, <1>3 DEF Inv, TypeOK
  <2>. QED  BY <1>1, <1>2, <2>1, <2>2, <2>3 DEF Inv, TypeOK
<1>5. StepFrame /\ No2b /\ \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
  BY <1>1, <1>2, <1>3 DEF StepFrame, No2b, No2aAt, Inv, TypeOK
<1>6. ASSUME NEW m \in msgs' \ msgs PROVE MsgOK(m)'
  <2>1. m = new
    BY <1>2
  <2>2. m.bal =< maxBal'[m.acc] /\ m.maxVBal < m.bal
    BY <1>1, <1>3, <2>1 DEF Inv, TypeOK
  <2>3. m.maxVBal \in Ballots => VotedForIn(m.acc, m.maxVal, m.maxVBal)'
    BY <1>2, <2>1, VotedForInStable DEF Inv, AccInv
  <2>4. ASSUME NEW c \in Ballots, NEW v \in Values, c < m.bal, VotedForIn(m.acc, v, c)'
        PROVE  c =< m.maxVBal
    <3>1. VotedForIn(a, v, c)
      BY <2>1, <2>4, <1>2, <1>5, VotedForInUnchanged
    <3>. QED  BY <2>1, <3>1 DEF Inv, AccInv
  <2>. QED  BY <2>1, <2>2, <2>3, <2>4 DEF MsgOK, Inv1b
<1>. QED  BY <1>1, <1>4, <1>5, <1>6, InvWithoutVotes

LEMMA Phase2aInv ==
  ASSUME Inv, NEW b \in Ballots, Phase2a(b)
  PROVE  Inv'
<1>1. ~ \E m \in msgs : m.type = "2a" /\ m.bal = b
  BY DEF Phase2a
<1>2. PICK v \in Values :
        /\ \E Q \in Quorums, S \in SUBSET {m \in msgs : m.type = "1b" /\ m.bal = b} :
             /\ \A a \in Q : \E m \in S : m.acc = a
             /\ ProposableOn(v, b, S)
        /\ Send([type |-> "2a", bal |-> b, val |-> v])
  BY DEF Phase2a
<1> DEFINE new == [type |-> "2a", bal |-> b, val |-> v]
<1>3. msgs' = msgs \cup {new} /\ UNCHANGED <<maxBal, maxVBal, maxVal>>
  BY <1>2 DEF Send, Phase2a
<1>4. TypeOK'
  BY <1>3 DEF Inv, TypeOK, Messages
<1>5. StepFrame /\ No2b /\ \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
  BY <1>1, <1>3 DEF StepFrame, No2b, No2aAt, Inv, TypeOK
<1>6. SafeAt(v, b)
  BY <1>2, ProposalSafe DEF Inv
<1>7. ASSUME NEW m \in msgs' \ msgs PROVE MsgOK(m)'
  <2>1. m = new
    BY <1>3
  <2>2. SafeAt(m.val, m.bal)'
    BY <1>4, <1>5, <1>6, <2>1, SafeAtStable DEF Inv
  <2>3. ASSUME NEW m2 \in msgs', m2.type = "2a", m2.bal = m.bal PROVE m2 = m
    BY <1>1, <1>3, <2>1, <2>3
  <2>. QED  BY <2>1, <2>2, <2>3 DEF MsgOK, Inv2a
<1>. QED  BY <1>3, <1>4, <1>5, <1>7, InvWithoutVotes

LEMMA Phase2bInv ==
  ASSUME Inv, NEW a \in Acceptors, Phase2b(a)
  PROVE  Inv'
<1>1. PICK m2a \in msgs :
        /\ m2a.type = "2a"
        /\ m2a.bal >= maxBal[a]
        /\ Send([type |-> "2b", bal |-> m2a.bal, val |-> m2a.val, acc |-> a])
        /\ maxBal' = [maxBal EXCEPT ![a] = m2a.bal]
        /\ maxVBal' = [maxVBal EXCEPT ![a] = m2a.bal]
        /\ maxVal' = [maxVal EXCEPT ![a] = m2a.val]
  BY DEF Phase2b
<1> DEFINE new == [type |-> "2b", bal |-> m2a.bal, val |-> m2a.val, acc |-> a]
<1>2. msgs' = msgs \cup {new}
  BY <1>1 DEF Send
<1>3. m2a.bal \in Ballots /\ m2a.val \in Values /\ maxBal[a] \in Ballots \cup {-1}
  BY <1>1 DEF Inv, TypeOK, Messages
<1>4. TypeOK'
  <2>1. new \in Messages
    BY <1>3 DEF Messages
  <2>. QED  BY <1>1, <1>2, <1>3, <2>1 DEF Inv, TypeOK
<1>5. StepFrame
  BY <1>1, <1>2, <1>3 DEF StepFrame, Inv, TypeOK
<1>6. ASSUME NEW x, NEW v, NEW c
      PROVE  VotedForIn(x, v, c)' <=>
               VotedForIn(x, v, c) \/ (x = a /\ c = m2a.bal /\ v = m2a.val)
  BY <1>2 DEF VotedForIn
<1>7. AccInv'
  <2> SUFFICES ASSUME NEW x \in Acceptors
               PROVE  /\ (maxVBal[x] \in Ballots => VotedForIn(x, maxVal[x], maxVBal[x]))'
                      /\ \A c \in Ballots, v \in Values :
                           VotedForIn(x, v, c)' => c =< maxVBal'[x]
    BY DEF AccInv
  <2>1. CASE x # a
    <3>1. maxVBal'[x] = maxVBal[x] /\ maxVal'[x] = maxVal[x]
      BY <1>1, <2>1 DEF Inv, TypeOK
    <3>2. ASSUME NEW v, NEW c PROVE VotedForIn(x, v, c)' <=> VotedForIn(x, v, c)
      BY <1>6, <2>1
    <3>. QED  BY <3>1, <3>2 DEF Inv, AccInv
  <2>2. CASE x = a
    <3>1. maxVBal'[a] = m2a.bal /\ maxVal'[a] = m2a.val
      BY <1>1 DEF Inv, TypeOK
    <3>2. VotedForIn(a, m2a.val, m2a.bal)'
      BY <1>6
    <3>3. ASSUME NEW c \in Ballots, NEW v \in Values, VotedForIn(a, v, c)'
          PROVE  c =< m2a.bal
      <4>1. CASE VotedForIn(a, v, c)
        <5>1. c =< maxVBal[a] /\ maxVBal[a] =< maxBal[a] /\ maxVBal[a] \in Ballots \cup {-1}
          BY <4>1 DEF Inv, AccInv, TypeOK
        <5>. QED  BY <1>1, <1>3, <5>1
      <4>. QED  BY <1>6, <3>3, <4>1
    <3>. QED  BY <2>2, <3>1, <3>2, <3>3
  <2>. QED  BY <2>1, <2>2
<1>8. MsgInv'
  <2>1. ASSUME NEW m \in msgs PROVE MsgOK(m)'
    <3>1. \A m2 \in msgs : m2.type = "2a" => No2aAt(m2.bal)
      BY <1>2 DEF No2aAt
    <3>. QED  BY <1>4, <1>5, <3>1, OldMsgStable DEF Inv
  <2>2. Inv2b(new)'
    BY <1>1, <1>2, <1>3 DEF Inv2b, Inv, TypeOK
  <2>3. MsgOK(new)'
    BY <2>2 DEF MsgOK
  <2>. QED  BY <1>2, <2>1, <2>3 DEF MsgInv
<1>. QED  BY <1>4, <1>7, <1>8 DEF Inv
-----------------------------------------------------------------------------
(* The theorems.                                                           *)
THEOREM Invariance == Spec => []Inv
<1>1. Init => Inv
  BY DEF Init, Inv, TypeOK, AccInv, MsgInv, VotedForIn
<1>2. Inv /\ [Next]_vars => Inv'
  <2> SUFFICES ASSUME Inv, [Next]_vars PROVE Inv'
    OBVIOUS
  <2>1. CASE Next
    BY <2>1, Phase1aInv, Phase1bInv, Phase2aInv, Phase2bInv DEF Next
  <2>2. CASE UNCHANGED vars
    BY <2>2, StutterInv
  <2>. QED  BY <2>1, <2>2
<1>. QED  BY <1>1, <1>2, PTL DEF Spec

\* Agreement, in every state that satisfies the invariant.
LEMMA InvConsistent ==
  ASSUME Inv PROVE Consistency
<1> SUFFICES ASSUME NEW v1 \in Values, NEW v2 \in Values,
                    NEW b1 \in Ballots, NEW b2 \in Ballots,
                    ChosenIn(v1, b1), ChosenIn(v2, b2), b1 =< b2
             PROVE  v1 = v2
  BY DEF Consistency, Chosen
<1>1. PICK Q1 \in Quorums : \A a \in Q1 : VotedForIn(a, v1, b1)
  BY DEF ChosenIn
<1>2. PICK Q2 \in Quorums : \A a \in Q2 : VotedForIn(a, v2, b2)
  BY DEF ChosenIn
<1>3. CASE b1 = b2
  <2>1. PICK a \in Acceptors : a \in Q1 /\ a \in Q2
    BY QuorumsMeet
  <2>. QED  BY <1>1, <1>2, <1>3, <2>1, VotedOnce DEF Inv
<1>4. CASE b1 < b2
  <2>1. PICK a2 \in Acceptors : a2 \in Q2
    BY QuorumsMeet
  <2>2. SafeAt(v2, b2)
    BY <1>2, <2>1, VotedSafe DEF Inv
  <2>3. PICK Q \in Quorums : \A a \in Q : VotedForIn(a, v2, b1) \/ WontVoteIn(a, b1)
    BY <1>4, <2>2 DEF SafeAt
  <2>4. PICK a \in Acceptors : a \in Q1 /\ a \in Q
    BY QuorumsMeet
  <2>5. VotedForIn(a, v2, b1)
    BY <1>1, <2>3, <2>4 DEF WontVoteIn
  <2>. QED  BY <1>1, <2>4, <2>5, VotedOnce DEF Inv
<1>. QED  BY <1>3, <1>4

THEOREM Consistent == Spec => []Consistency
BY Invariance, InvConsistent, PTL
=============================================================================
