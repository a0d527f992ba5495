"""The WhatsApp Cloud API channel: signed webhook in, Graph API messages out."""
