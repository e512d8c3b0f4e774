"""Raw input → text + layout regions: decoding (``encoding``), HTML (``html``), layout (``structure``)."""
