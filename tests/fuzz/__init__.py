"""Structure-aware fuzzing of saidwhat (issue 10).

- :mod:`.grammar`: news-like text built from the pieces real articles are made of (quotes of
  every mark kind, cue frames, colon lead-ins, sign-offs, layout lines, noise) and mutations of
  real PolNeAR train texts; a seeded :class:`random.Random` generator for long runs and
  hypothesis strategies on top of it (its draws shrink, so failing inputs shrink too);
- :mod:`.invariants`: what must hold for every :class:`saidwhat.Article` (spans index the text,
  pieces ordered inside their content, no dropped drafts, no failed rule stage);
- :mod:`.runner`: parses each input once with spaCy and applies both modes' ``saidwhat``
  component to the parsed Doc, checks the invariants, and reduces a failing input to a small one.

``tests/test_fuzz.py`` runs a fixed-seed slice in CI; ``benchmarks/fuzz.py`` (``make fuzz``) runs
as long as asked, in worker processes.
"""
