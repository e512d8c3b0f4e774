"""The attribution pipeline, one module per stage: quotes → cue → source → content → speakers →
attribution assembly; ``component`` wires them into a spaCy component."""
