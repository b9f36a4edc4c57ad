"""Eye-checked figures of real national PDFs, one module per template family (see README.md here)."""
