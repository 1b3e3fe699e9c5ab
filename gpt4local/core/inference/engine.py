"""One loaded model and a streaming chat over it, through llama.cpp.

Why not ``create_chat_completion(stream=True)``: it re-detokenizes the whole answer at every step,
so long answers slow to a crawl. Here the prompt is rendered with the model's chat template,
tokenized once, and fed to ``Llama.generate()`` (llama.cpp's native sampler chain, no Python logits
processors); each token's piece comes from a cache and goes through an incremental UTF-8 decoder and
a tail-only stop-string filter, so a token costs the same at position 10 and at 4,000.

Threading: an Engine and its ``Llama`` belong to the thread that created them. Only ``stream``'s
``cancel`` event may be touched from elsewhere.
"""

from __future__ import annotations

import ctypes
import random
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import llama_cpp

from gpt4local.core.errors import ModelLoadError, sentences
from gpt4local.core.inference.chat_backend import Cancel, EngineInfo
from gpt4local.core.inference.context_fit import FittedPrompt, fit_history
from gpt4local.core.inference.decoding import IncrementalUtf8, StopStringFilter
from gpt4local.core.inference.events import (
    ContextTrimmed,
    GenerationStats,
    PromptProgress,
    StopReason,
    StreamEvent,
    TextChunk,
)
from gpt4local.core.inference.llama_open import (
    GPU_FELL_BACK,
    KV_CACHE_FELL_BACK,
    LoadProgress,
    device_label,
    gpu_offload_supported,
    kv_cache_name,
    open_llama,
)
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.models.gguf_info import GgufInfo, read_info
from gpt4local.core.templates.chat_template import ChatTemplate, RenderStopped, choose_template

# Prefill while typing (Engine.prefill) decodes all of the draft's prompt but its last token,
# which Send decodes anyway for fresh logits; text typed later costs only itself, as the cache
# keeps the common prefix. Small batches keep Send waiting at most one of them (~0.2 s deep in
# a conversation on a 2-core CPU).
PREFILL_HOLD_BACK = 1
PREFILL_BATCH = 32


def _common_prefix_length(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class Engine:
    """The llama.cpp ChatBackend (core.inference.chat_backend)."""

    def __init__(
        self,
        model_path: Path | str,
        load: LoadSettings | None = None,
        gguf: GgufInfo | None = None,
        template_family: str | None = None,
        on_progress: LoadProgress | None = None,
    ) -> None:
        """``gguf``: the header if the caller already read it. ``template_family``: the chat
        format to use if the GGUF has no template (e.g. from the catalog). ``on_progress``: told
        how far the weights are read (again from 0 if a GPU load falls back to the CPU)."""
        load = load or LoadSettings()
        # Clear errors for bad files, before llama.cpp's generic one.
        self.gguf: GgufInfo = gguf or read_info(model_path)
        gpu_layers = load.n_gpu_layers if gpu_offload_supported() else 0
        fallback_reason: str | None = None
        try:
            self._llm = open_llama(self.gguf, load, gpu_layers, on_progress)
        except ModelLoadError as error:
            if gpu_layers == 0:
                raise
            fallback_reason = GPU_FELL_BACK(reason=error)
            gpu_layers = 0
            self._llm = open_llama(self.gguf, load, 0, on_progress)

        self._vocab = self._llm._model.vocab
        self._piece_buffer = ctypes.create_string_buffer(256)
        self._pieces: dict[int, bytes] = {}
        self.template: ChatTemplate = choose_template(
            self.gguf.chat_template,
            bos_token=self._token_text(self._llm.token_bos()),
            eos_token=self._token_text(self._llm.token_eos()),
            is_special_token=self._is_special_token,
            family_hint=template_family,
            override=load.chat_template,
        )
        self._add_bos = bool(llama_cpp.llama_vocab_get_add_bos(self._vocab))
        # What the KV cache holds after the last answer, as text and as the exact tokens. When the
        # next prompt starts with that text, only its remainder is tokenized, so the cache is
        # reused even where a re-tokenization of the answer would differ from the sampled tokens.
        self._spliced: tuple[str, list[int]] | None = None
        self.last_completion_tokens: list[int] = []  # the sampled token ids of the last answer
        kv_cache_type = kv_cache_name(self._llm.context_params.type_k)
        if kv_cache_type != load.kv_cache_type:
            fallback_reason = sentences(fallback_reason, KV_CACHE_FELL_BACK(
                kv_cache=load.kv_cache_type))  # fmt: skip
        fallback_reason = sentences(fallback_reason, self.template.note) or None
        self.info = EngineInfo(
            model_name=self.gguf.display_name,
            path=self.gguf.path,
            n_ctx=self._llm.n_ctx(),
            n_ctx_train=self.gguf.context_length,
            device=device_label(gpu_layers),
            threads=load.threads,
            template_origin=self.template.origin,
            fallback_reason=fallback_reason,
            kv_cache_type=kv_cache_type,
        )

    def close(self) -> None:
        self._llm.close()

    # --- tokens -------------------------------------------------------------------------------

    def _token_text(self, token: int) -> str:
        if token < 0:
            return ""
        raw = llama_cpp.llama_vocab_get_text(self._vocab, token)
        return raw.decode("utf-8", errors="replace") if raw else ""

    def _is_special_token(self, text: str) -> bool:
        if not text:
            return False
        encoded = text.encode()
        special = self._llm.tokenize(encoded, add_bos=False, special=True)
        return len(special) == 1 and len(self._llm.tokenize(encoded, add_bos=False)) > 1

    def piece(self, token: int) -> bytes:
        """The bytes a token stands for (cached: the vocabulary does not change)."""
        piece = self._pieces.get(token)
        if piece is None:
            buffer = self._piece_buffer
            n = llama_cpp.llama_token_to_piece(self._vocab, token, buffer, len(buffer), 0, False)
            if n < 0:  # longer than the buffer: ask again with the size llama.cpp told us
                buffer = ctypes.create_string_buffer(-n)
                n = llama_cpp.llama_token_to_piece(self._vocab, token, buffer, -n, 0, False)
            piece = self._pieces[token] = buffer.raw[:n]
        return piece

    def tokenize_prompt(self, text: str) -> list[int]:
        if self._spliced and text.startswith(self._spliced[0]):
            cached_text, cached_tokens = self._spliced
            rest = text[len(cached_text) :].encode()
            return cached_tokens + self._llm.tokenize(rest, add_bos=False, special=True)
        starts_with_bos = bool(self.template.bos_token) and text.startswith(self.template.bos_token)
        return self._llm.tokenize(
            text.encode(), add_bos=self._add_bos and not starts_with_bos, special=True
        )

    def prepare(
        self,
        messages: Sequence[Message],
        max_tokens: int,
        continue_answer: bool = False,
        cancel: Cancel | None = None,
    ) -> FittedPrompt:
        """The prompt for answering ``messages`` (or, with ``continue_answer``, for going on
        with their last message, an unfinished assistant answer), fitted to the context.
        Once ``cancel`` is set, a template still rendering stops (RenderStopped)."""
        if continue_answer and (not messages or messages[-1].role != "assistant"):
            raise ValueError("Only an assistant answer can be continued.")
        should_stop = cancel.is_set if cancel is not None else None

        def to_prompt(kept: Sequence[Message]) -> tuple[str, list[int]]:
            if continue_answer:
                # The answer so far goes after the assistant cue, unclosed: the model goes on.
                text = self.template.render(kept[:-1], should_stop=should_stop) + kept[-1].content
            else:
                text = self.template.render(kept, should_stop=should_stop)
            return text, self.tokenize_prompt(text)

        return fit_history(messages, to_prompt, n_ctx=self.info.n_ctx, max_tokens=max_tokens)

    # --- generation ---------------------------------------------------------------------------

    def prefill(self, messages: Sequence[Message], max_tokens: int, cancel: Cancel) -> int:
        """Decode ahead of time the prompt that sending ``messages`` would need, their last one
        a message still being typed. When it is sent, only what changed since is left to decode:
        the KV cache keeps the common prefix. Stops between small batches once ``cancel`` is
        set, so sending is never held up for long. Returns the number of tokens decoded."""
        tokens = self.prepare(messages, max_tokens, cancel=cancel).tokens
        head = tokens[: len(tokens) - PREFILL_HOLD_BACK]
        decoded = 0
        if len(head) > 1:
            for progress in self._evaluate_prompt(head, cancel, batch=PREFILL_BATCH):
                decoded = progress.done
        return decoded

    def _evaluate_prompt(
        self, tokens: list[int], cancel: Cancel, batch: int | None = None
    ) -> Iterator[PromptProgress]:
        """Decode the part of the prompt the KV cache lacks, batch by batch, reporting progress.

        Afterwards the whole prompt is cached, so ``generate()`` samples straight away.
        """
        llm = self._llm
        kept = _common_prefix_length(llm.input_ids[: llm.n_tokens].tolist(), tokens)
        kept = min(kept, len(tokens) - 1)  # the last token is decoded again to get fresh logits
        if kept == 0 or not llm._ctx.kv_cache_seq_rm(-1, kept, -1):
            llm.reset()
            kept = 0
        llm.n_tokens = kept
        total = len(tokens) - kept
        batch = batch or llm.n_batch
        for start in range(kept, len(tokens), batch):
            if cancel.is_set():
                return
            llm.eval(tokens[start : start + batch])
            yield PromptProgress(llm.n_tokens - kept, total)

    def stream(
        self,
        messages: Sequence[Message],
        sampling: SamplingSettings | None = None,
        cancel: Cancel | None = None,
        continue_answer: bool = False,
    ) -> Iterator[StreamEvent]:
        """Answer the conversation's last message; yields events, ending with GenerationStats.

        ``continue_answer``: the last message is an answer cut off (by the length limit or
        Stop); the model goes on from its last word and only the new text is yielded.
        """
        sampling = sampling or SamplingSettings()
        cancel = cancel or threading.Event()
        llm = self._llm
        started = time.perf_counter()
        try:
            prompt = self.prepare(messages, sampling.max_tokens, continue_answer, cancel)
        except RenderStopped:  # Stop pressed while a slow template was rendering: as any Stop
            yield GenerationStats.cancelled()
            return
        if prompt.dropped_messages:
            yield ContextTrimmed(prompt.dropped_messages, len(prompt.messages))

        evaluated = 0
        for progress in self._evaluate_prompt(prompt.tokens, cancel):
            evaluated = progress.done
            yield progress
        prompt_done = time.perf_counter()

        llm.set_seed(sampling.seed if sampling.seed is not None else random.getrandbits(31))
        llm.last_n_tokens_size = sampling.repeat_last_n
        utf8 = IncrementalUtf8()
        stops = StopStringFilter(self.template.stop_strings)
        pieces: list[str] = []
        generated: list[int] = []
        first_token_at: float | None = None
        reason: StopReason = "cancelled"
        tokens = llm.generate(
            prompt.tokens,
            top_k=sampling.top_k,
            top_p=sampling.top_p,
            min_p=sampling.min_p,
            temp=sampling.temperature,
            repeat_penalty=sampling.repeat_penalty,
            reset=True,
        )
        try:
            for token in tokens if not cancel.is_set() else ():
                if first_token_at is None:
                    first_token_at = time.perf_counter()
                if llama_cpp.llama_vocab_is_eog(self._vocab, token):
                    reason = "eos"
                    break
                generated.append(token)
                text = stops.push(utf8.feed(self.piece(token)))
                if not pieces and not continue_answer:
                    text = text.lstrip()  # answers start after "assistant\n"; no leading blanks
                if text:
                    pieces.append(text)
                    yield TextChunk(text)
                if stops.stopped:
                    reason = "stop_string"
                    break
                if sampling.max_tokens and len(generated) >= sampling.max_tokens:
                    reason = "length"
                    break
                if llm.n_tokens >= self.info.n_ctx:
                    reason = "context_full"
                    break
                if cancel.is_set():
                    break
        finally:
            tokens.close()
        if not stops.stopped:  # release a held stop-string prefix and any unfinished character
            tail = stops.push(utf8.flush()) + stops.flush()
            tail = tail if pieces or continue_answer else tail.lstrip()
            if tail:
                pieces.append(tail)
                yield TextChunk(tail)
        finished = time.perf_counter()
        answer = "".join(pieces)
        self.last_completion_tokens = generated
        self._spliced = (
            None
            if reason == "stop_string"
            else (
                prompt.text + answer,
                prompt.tokens + generated,
            )
        )
        decode_time = finished - (first_token_at or finished)
        prompt_time = prompt_done - started
        yield GenerationStats(
            text=answer,
            prompt_tokens=len(prompt.tokens),
            evaluated_tokens=evaluated,
            completion_tokens=len(generated),
            ttft_s=(first_token_at or finished) - started,
            tokens_per_s=(len(generated) - 1) / decode_time if len(generated) > 1 else 0.0,
            prompt_tokens_per_s=evaluated / prompt_time if prompt_time > 0 else 0.0,
            stop_reason=reason,
            dropped_messages=prompt.dropped_messages,
        )
