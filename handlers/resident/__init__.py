"""The resident's conversations: menu, questions, complaints, information requests,
status. Written once for every channel."""
