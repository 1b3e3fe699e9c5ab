"""The GUI's side of the engine: the worker thread and the fit question before a load."""
