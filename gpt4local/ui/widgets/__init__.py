"""Small reusable widgets: tables over plain records."""
