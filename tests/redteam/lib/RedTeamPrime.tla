---- MODULE RedTeamPrime ----
\* A module whose definition primes its parameter, instantiated by the red-team cases.
VARIABLE u
Nx(r) == r'
====
