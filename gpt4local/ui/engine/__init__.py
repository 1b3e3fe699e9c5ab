"""The GUI's side of the engine: the adapter of the engine service, the model loader, the fit
question before a load."""
