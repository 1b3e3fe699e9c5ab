"""Chat templates: choosing one and rendering untrusted Jinja within bounds."""
