"""Statements across articles: attributions that report one utterance, and how their words drift
(issue 13). :class:`StatementIndex` groups appearances incrementally; :func:`drift.classify`
classes each variant against the statement's earliest full form."""

from .drift import DRIFT_CLASSES, Drift, classify
from .index import Appearance, Statement, StatementIndex, content_text

__all__ = ["DRIFT_CLASSES", "Appearance", "Drift", "Statement", "StatementIndex", "classify", "content_text"]
