"""Knowledge base: loading, Indonesian text normalisation and question matching."""
