"""llama.cpp's load progress, passed through the engine and the engine service (issue 12 §4:
the model selector shows the load in its place, as far as it has come)."""

from __future__ import annotations

from pathlib import Path

from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.inference.engine import Engine
from gpt4local.core.inference.options import LoadSettings
from gpt4local.core.service import engine_service
from gpt4local.core.service.engine_service import EngineService, Ticket, llama_backend
from gpt4local.core.service.events import LoadProgressed, ModelLoaded
from gpt4local.core.service.requests import Load, Priority

LOAD = LoadSettings(n_ctx=512, n_threads=2)


def test_the_engine_reports_how_far_the_weights_are_read(tiny_model):
    seen: list[float] = []
    engine = Engine(tiny_model, LOAD, on_progress=seen.append)
    engine.close()
    assert seen and seen == sorted(seen) and seen[-1] == 1.0
    assert all(0.0 <= fraction <= 1.0 for fraction in seen)


def test_a_failing_progress_report_does_not_stop_the_load(tiny_model, caplog):
    def broken(_fraction: float) -> None:
        raise RuntimeError("a client's bug")

    engine = Engine(tiny_model, LOAD, on_progress=broken)
    assert engine.info.n_ctx == 512
    engine.close()
    assert "load progress report failed" in caplog.text


def test_the_service_delivers_progress_before_the_model_loaded(tiny_model):
    service = EngineService(llama_backend)
    try:
        _, events = service.iterate(Load(tiny_model, LOAD))
        seen = list(events)
    finally:
        service.close()
    assert isinstance(seen[-1], ModelLoaded)
    fractions = [e.fraction for e in seen if isinstance(e, LoadProgressed)]
    assert fractions and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(fractions) == len(seen) - 1  # nothing else comes before the final event


def test_progress_comes_in_steps():
    """llama.cpp reports every tensor (thousands in a 7B): the service passes on steps."""
    delivered: list[object] = []
    ticket = Ticket(Load(Path(__file__)), delivered.append, Priority.INTERACTIVE)
    report = engine_service._progress_reporter(ticket)
    for step in range(10_001):
        report(step / 10_000)
    fractions = [e.fraction for e in delivered if isinstance(e, LoadProgressed)]
    assert 90 <= len(fractions) <= 102 and fractions[0] == 0.0 and fractions[-1] == 1.0
    report(0.0)  # a GPU load fell back to the CPU: it starts again
    assert delivered[-1] == LoadProgressed(0.0)


def test_factories_without_progress_keep_their_three_arguments(tiny_model):
    built = []

    def factory(path, load, gguf):
        built.append(path)
        return _Fake(path, load)

    service = EngineService(factory)
    try:
        _, events = service.iterate(Load(tiny_model, LOAD))
        seen = list(events)
    finally:
        service.close()
    assert built == [tiny_model] and [type(e) for e in seen] == [ModelLoaded]
    assert engine_service._load_reports.report is None  # nothing left for the next load


class _Fake:
    def __init__(self, path, load) -> None:
        self.info = EngineInfo(model_name="fake", path=path, n_ctx=load.n_ctx, n_ctx_train=None,
                               device="CPU", threads=1, template_origin="gguf")  # fmt: skip

    def close(self) -> None:
        pass
