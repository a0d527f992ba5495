"""aduan: complaint and FAQ chatbot for Indonesian local governments."""
