"""The corpus path: ingest many articles into a SQLite store, then ask who was quoted.

Modules: ``readers`` (txt, html, jsonl, warc → documents), ``ingest`` (extraction in parallel +
writing, idempotent and resumable), ``store`` (SQLite connection, schema in ``migrations``),
``entities`` (speakers across articles), ``query`` (who is quoted, quotes, articles) and
``export`` (jsonl, csv, parquet). Importing this package imports none of them.
"""
