"""Opening a GGUF with llama.cpp: the Llama subclass that keeps the file's chat templates away
from llama-cpp-python's unbounded Jinja and reports load progress, the retry without flash
attention, and the reason llama.cpp gives when it refuses a file. (The chat over the loaded model
is engine.py's.)"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import Any

import llama_cpp

from gpt4local.core.errors import ModelLoadError, Wording
from gpt4local.core.inference import llama_log
from gpt4local.core.inference.options import KV_CACHE_TYPES, LoadSettings
from gpt4local.core.models.gguf_info import GgufInfo

llama_log.install()
log = logging.getLogger(__name__)


# Told how far llama.cpp has read the weights, 0.0 to 1.0, on the loading thread.
LoadProgress = Callable[[float], None]


class TemplateFreeLlama(llama_cpp.Llama):
    """``llama_cpp.Llama`` without the GGUF's chat templates in its ``metadata``, and with
    llama.cpp's load progress reported (``on_progress``).

    Its constructor compiles every ``tokenizer.chat_template*`` with its own Jinja environment,
    unbounded: constant folding makes ``{{ 'x' * 10**10 }}`` allocate 20 GB right there, and a
    syntax error raises out of the constructor. Its chat handlers are never used here (the
    engine renders prompts itself, within bounds: core.templates), so the templates are kept
    from it: ``metadata`` is a property here, and the constructor's assignment goes through it.
    The engine takes the template from the GGUF header (GgufInfo.chat_template) instead.

    The constructor takes no progress callback either, but it builds ``model_params`` and loads
    the model in one go: ``model_params`` is a property too, whose setter adds the callback.
    """

    def __init__(self, *args: Any, on_progress: LoadProgress | None = None,
                 **kwargs: Any) -> None:  # fmt: skip
        # Kept here: llama.cpp calls it through this ctypes object while the model loads.
        self._progress_callback = progress_callback(on_progress) if on_progress else None
        super().__init__(*args, **kwargs)

    @property
    def model_params(self) -> llama_cpp.llama_model_params:
        return self._model_params

    @model_params.setter
    def model_params(self, value: llama_cpp.llama_model_params) -> None:
        if self._progress_callback is not None:
            value.progress_callback = self._progress_callback
        self._model_params = value

    @property
    def metadata(self) -> dict[str, str]:
        return self._metadata_without_templates

    @metadata.setter
    def metadata(self, value: dict[str, str]) -> None:
        self._metadata_without_templates = {
            key: text
            for key, text in value.items()
            if not key.startswith("tokenizer.chat_template")
        }


def progress_callback(on_progress: LoadProgress) -> Any:
    def report(progress: float, _user_data: int | None) -> bool:
        try:
            on_progress(progress)
        except Exception:  # an exception cannot cross into C: the load goes on regardless
            log.exception("a load progress report failed")
        return True  # go on loading

    return llama_cpp.llama_progress_callback(report)


def gpu_offload_supported() -> bool:
    return bool(llama_cpp.llama_supports_gpu_offload())


LLAMA_REFUSED = Wording("engine.llama_refused",
                        "llama.cpp could not load {name} (architecture '{architecture}'): {reason}")
GPU_FELL_BACK = Wording("engine.gpu_fell_back", "GPU load failed, using the CPU instead: {reason}")
KV_CACHE_FELL_BACK = Wording(
    "engine.kv_cache_fell_back", "llama.cpp cannot use a {kv_cache} KV cache with this model (it "
    "needs flash attention, which was refused), so the cache is f16.")


class ContextRefused(ModelLoadError):
    """The model loaded, but llama.cpp could not create a context with the requested options."""


def load_failure_reason(log_lines: Sequence[str]) -> str | None:
    """The most specific line llama.cpp logged, e.g. "unknown model architecture: 'x'"."""
    for line in log_lines:
        _, marker, detail = line.partition("error loading model:")
        if marker:
            return detail.strip()
    return log_lines[0] if log_lines else None


def kv_cache_name(ggml_type: int) -> str:
    return next((name for name, (kind, _) in KV_CACHE_TYPES.items() if kind == ggml_type), "f16")


def device_label(gpu_layers: int) -> str:
    if gpu_layers == 0:
        return "CPU"
    return "GPU (all layers)" if gpu_layers < 0 else f"GPU ({gpu_layers} layers)"


def open_llama(gguf: GgufInfo, load: LoadSettings, gpu_layers: int,
               on_progress: LoadProgress | None = None) -> llama_cpp.Llama:  # fmt: skip
    """The model of ``gguf`` loaded with ``load``; where the weights load but this backend
    refuses the context, again without flash attention (and so with an f16 KV cache: llama.cpp
    quantises V only with flash attention). Raises ModelLoadError with llama.cpp's reason."""
    try:
        return _open_once(gguf, load, gpu_layers, on_progress)
    except ContextRefused:
        if not load.flash_attn:
            raise
        plain = dataclasses.replace(load, flash_attn=False, kv_cache_type="f16")
        return _open_once(gguf, plain, gpu_layers, on_progress)


def _open_once(gguf: GgufInfo, load: LoadSettings, gpu_layers: int,
               on_progress: LoadProgress | None) -> llama_cpp.Llama:  # fmt: skip
    position = llama_log.mark()
    try:
        return TemplateFreeLlama(
            model_path=str(gguf.path),
            n_ctx=load.n_ctx,
            n_batch=load.n_batch,
            n_threads=load.threads,
            n_threads_batch=load.threads,
            n_gpu_layers=gpu_layers,
            use_mmap=load.use_mmap,
            flash_attn=load.flash_attn,
            type_k=KV_CACHE_TYPES[load.kv_cache_type][0],
            type_v=KV_CACHE_TYPES[load.kv_cache_type][0],
            verbose=False,
            on_progress=on_progress,
        )
    except (ValueError, RuntimeError, OSError) as error:
        reason = load_failure_reason(llama_log.problems_since(position)) or str(error)
        failure = ContextRefused if "llama_context" in str(error) else ModelLoadError
        said = LLAMA_REFUSED(name=gguf.path.name, architecture=gguf.architecture, reason=reason)
        raise failure(said) from None
