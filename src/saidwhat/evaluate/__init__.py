"""Evaluation against PolNeAR (Newell, Margolin & Ruths, LREC 2018).

* :mod:`saidwhat.evaluate.brat`: read the brat standoff gold (``read_corpus``, ``read_document``) and
  write predictions as brat (``to_ann``).
* :mod:`saidwhat.evaluate.score`: score predictions per role and end to end (``evaluate_dir``).
* :mod:`saidwhat.evaluate.cases`: judge the acceptance cases of ``../shared/cases``.

Importing this package loads no model; import the submodules you need.
"""
