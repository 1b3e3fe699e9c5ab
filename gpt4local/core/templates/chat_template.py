"""Chat templates: turning a conversation into the exact prompt text a model was trained on.

A GGUF's ``tokenizer.chat_template`` is untrusted Jinja written by whoever made the file, so it is
compiled and rendered in a sandbox that also bounds its time and memory (core.template_sandbox).
Files without a usable template get a fallback chosen from the special tokens the model's
vocabulary actually has, so a ChatML model gets ChatML, a Llama 3 model gets Llama 3 headers, and a
bare base model gets a plain "### User / ### Assistant" layout.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import jinja2
from jinja2.ext import Extension
from jinja2.nodes import Node
from jinja2.parser import Parser

from gpt4local.core.errors import ChatTemplateError, Wording
from gpt4local.core.messages import Message
from gpt4local.core.models.gguf_info import read_info
from gpt4local.core.templates.limits import MAX_SOURCE_CHARS, LimitExceeded, current, run_bounded
from gpt4local.core.templates.sandbox import BoundedEnvironment
from gpt4local.core.templates.time_limit import StopRequested

TEMPLATE_INVALID = Wording("template.invalid",
                           "The chat template ({origin}) is not valid: {detail}")
TEMPLATE_STOPPED_BECAUSE = Wording("template.stopped_because",
                                   "The chat template ({origin}) was stopped: {reason}.")
TEMPLATE_STOPPED = Wording("template.stopped", "The chat template ({origin}) was stopped.")
TEMPLATE_FAILED = Wording("template.failed", "The chat template ({origin}) failed: {detail}")
OWN_TEMPLATE_REFUSED = Wording(
    "template.own_refused",
    "This model's chat template was refused: {reason}. gpt4local uses the {family} format instead.")
OWN_TEMPLATE_INVALID = Wording(
    "template.own_invalid", "This model's chat template is not valid Jinja ({detail}). gpt4local "
    "uses the {family} format instead.")


class TemplateRefused(ChatTemplateError):
    """The template went past the bounds on time or memory; ``reason`` says which."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class TemplateInvalid(ChatTemplateError):
    """The template is not valid Jinja; ``detail`` says where."""

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


class RenderStopped(ChatTemplateError):
    """The caller stopped the rendering (e.g. Stop was pressed while a slow template ran)."""


@dataclass(frozen=True)
class TemplateFamily:
    name: str
    marker: str  # a special token whose presence in the vocabulary identifies the family
    source: str
    stop_strings: tuple[str, ...]


# Written for this project from each family's published prompt format. Ordered: first match wins.
FAMILIES: tuple[TemplateFamily, ...] = (
    TemplateFamily(
        "llama3",
        "<|start_header_id|>",
        "{{ bos_token }}{% for m in messages %}<|start_header_id|>{{ m.role }}<|end_header_id|>\n\n"
        "{{ m.content | trim }}<|eot_id|>{% endfor %}"
        "{% if add_generation_prompt %}"
        "<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}",
        ("<|eot_id|>",),
    ),
    TemplateFamily(
        "chatml",
        "<|im_start|>",
        "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
        "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}",
        ("<|im_end|>",),
    ),
    TemplateFamily(
        "gemma",
        "<start_of_turn>",
        "{{ bos_token }}{% set ns = namespace(system='') %}{% for m in messages %}"
        "{% if m.role == 'system' %}{% set ns.system = m.content + '\n\n' %}"
        "{% else %}<start_of_turn>{{ 'model' if m.role == 'assistant' else 'user' }}\n"
        "{% if m.role == 'user' %}{{ ns.system }}{% set ns.system = '' %}{% endif %}"
        "{{ m.content | trim }}<end_of_turn>\n{% endif %}{% endfor %}"
        "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}",
        ("<end_of_turn>",),
    ),
    TemplateFamily(
        "phi3",
        "<|assistant|>",
        "{% for m in messages %}<|{{ m.role }}|>\n{{ m.content }}<|end|>\n{% endfor %}"
        "{% if add_generation_prompt %}<|assistant|>\n{% endif %}",
        ("<|end|>", "<|endoftext|>"),
    ),
    TemplateFamily(
        "mistral",
        "[INST]",
        "{{ bos_token }}{% set ns = namespace(system='') %}{% for m in messages %}"
        "{% if m.role == 'system' %}{% set ns.system = m.content + '\n\n' %}"
        "{% elif m.role == 'user' %}[INST] {{ ns.system }}{{ m.content }} [/INST]"
        "{% set ns.system = '' %}{% else %}{{ m.content }}{{ eos_token }}{% endif %}{% endfor %}",
        ("[INST]",),
    ),
)

# For base models and anything unrecognised: readable by a person and by most instruct models.
PLAIN = TemplateFamily(
    "plain",
    "",
    "{% for m in messages %}{% if m.role == 'system' %}{{ m.content }}\n\n"
    "{% elif m.role == 'user' %}### User:\n{{ m.content }}\n\n"
    "{% else %}### Assistant:\n{{ m.content }}\n\n{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}### Assistant:\n{% endif %}",
    ("### User:", "\n### Assistant:"),
)

# Families with no special token to recognise them by; chosen by name (the catalog's "family").
NAMED_ONLY: tuple[TemplateFamily, ...] = (
    TemplateFamily(
        "llama2",
        "",
        "{% set ns = namespace(system='') %}{% for m in messages %}"
        "{% if m.role == 'system' %}"
        "{% set ns.system = '<<SYS>>\n' + m.content + '\n<</SYS>>\n\n' %}"
        "{% elif m.role == 'user' %}"
        "{{ bos_token }}[INST] {{ ns.system }}{{ m.content | trim }} [/INST]"
        "{% set ns.system = '' %}{% else %} {{ m.content | trim }} {{ eos_token }}{% endif %}"
        "{% endfor %}",
        ("[INST]",),
    ),
    TemplateFamily(
        "zephyr",
        "",
        "{% for m in messages %}<|{{ m.role }}|>\n{{ m.content }}{{ eos_token }}\n{% endfor %}"
        "{% if add_generation_prompt %}<|assistant|>\n{% endif %}",
        ("<|user|>",),
    ),
)


def family_named(name: str | None) -> TemplateFamily | None:
    return next((f for f in (*FAMILIES, *NAMED_ONLY, PLAIN) if f.name == name), None)


# End-of-turn markers worth watching for as plain text too, whatever template is in use.
KNOWN_END_MARKERS = ("<|im_end|>", "<|eot_id|>", "<end_of_turn>", "<|end|>", "<|endoftext|>")


def _raise_exception(message: str) -> None:
    raise jinja2.TemplateError(message)


def _strftime_now(fmt: str) -> str:
    current().reserve(256 * len(fmt))  # Python gives C's strftime up to 256 bytes per format byte
    return datetime.now().strftime(fmt)


class _GenerationTag(Extension):
    """Hugging Face's ``{% generation %}…{% endgeneration %}``, which marks the answers for
    training: its content is rendered as if the tag were not there."""

    tags = {"generation"}  # noqa: RUF012 (Jinja reads it from the class)

    def parse(self, parser: Parser) -> list[Node]:
        parser.stream.skip(1)
        return parser.parse_statements(("name:endgeneration",), drop_needle=True)


def _environment() -> BoundedEnvironment:
    # Same options as Hugging Face's renderer, so templates written for transformers behave alike.
    env = BoundedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols", _GenerationTag]
    )
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    return env


class ChatTemplate:
    """A compiled template plus what it needs to render: special token texts and stop strings.

    Compiling and rendering run within template_sandbox's bounds; past them, TemplateRefused.
    ``note``: why the model's own template is not the one in use (None if nothing to say).
    """

    def __init__(
        self,
        source: str,
        *,
        origin: str,
        bos_token: str = "",
        eos_token: str = "",
        stop_strings: Sequence[str] = (),
        note: str | None = None,
    ) -> None:
        self.source = source
        self.origin = origin  # "gguf", "fallback:<family>" or "custom"
        self.note = note
        self.bos_token = bos_token
        self.eos_token = eos_token
        stops = list(stop_strings) + [m for m in KNOWN_END_MARKERS if m in source]
        if eos_token:
            stops.append(eos_token)
        self.stop_strings = tuple(dict.fromkeys(s for s in stops if s))
        if len(source) > MAX_SOURCE_CHARS:
            raise self._refused(f"it is longer than {MAX_SOURCE_CHARS // 1024} KB")
        environment = _environment()
        try:
            self._compiled = run_bounded(lambda: environment.from_string(source))
        except LimitExceeded as error:
            raise self._refused(str(error)) from None
        except Exception as error:  # TemplateSyntaxError, or Python's limits on nesting
            detail = str(error) if isinstance(error, jinja2.TemplateError) else repr(error)
            raise TemplateInvalid(TEMPLATE_INVALID(origin=origin, detail=detail), detail) from None

    def _refused(self, reason: str) -> TemplateRefused:
        return TemplateRefused(TEMPLATE_STOPPED_BECAUSE(origin=self.origin, reason=reason), reason)

    def render(
        self,
        messages: Sequence[Message],
        add_generation_prompt: bool = True,
        should_stop: Callable[[], bool] | None = None,
    ) -> str:
        """The prompt for ``messages``. ``should_stop``: polled while rendering; once it returns
        true the rendering ends with RenderStopped."""
        variables = {
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "add_generation_prompt": add_generation_prompt,
            "bos_token": self.bos_token,
            "eos_token": self.eos_token,
        }
        size = sum(len(m.content) + len(m.role) for m in messages)
        try:
            return run_bounded(
                lambda: self._compiled.render(variables), input_chars=size, should_stop=should_stop
            )
        except LimitExceeded as error:
            raise self._refused(str(error)) from None
        except StopRequested:
            raise RenderStopped(TEMPLATE_STOPPED(origin=self.origin)) from None
        except jinja2.TemplateError as error:
            raise ChatTemplateError(TEMPLATE_FAILED(origin=self.origin, detail=error)) from error
        except Exception as error:  # a hostile or broken template must not take the app down
            detail = f"{type(error).__name__}: {error}"
            raise ChatTemplateError(TEMPLATE_FAILED(origin=self.origin, detail=detail)) from error

    def check(self) -> None:
        """Render the sample conversation, so that a template past the bounds is refused when
        the model loads rather than at its first message. Other errors are left to the
        conversations that meet them (some templates refuse a system message, for one)."""
        for sample in (SAMPLE_CONVERSATION, SAMPLE_CONVERSATION[1:]):
            try:
                self.render(sample)
                return
            except TemplateRefused:
                raise
            except ChatTemplateError:
                continue


def fallback_family(
    is_special_token: Callable[[str], bool], family_hint: str | None = None
) -> TemplateFamily:
    """The family named by ``family_hint`` (the catalog knows each model's), else the one the
    vocabulary suggests, else PLAIN."""
    return family_named(family_hint) or next(
        (f for f in FAMILIES if is_special_token(f.marker)), PLAIN
    )


def choose_template(
    gguf_template: str | None,
    *,
    bos_token: str,
    eos_token: str,
    is_special_token: Callable[[str], bool],
    family_hint: str | None = None,
    override: str | None = None,
) -> ChatTemplate:
    """The user's ``override`` (from the settings) if not blank, else the model's own template
    when it has a usable one, else a fallback (see ``fallback_family``).

    A model's template that is not valid Jinja or goes past the bounds on the sample
    conversation is replaced by the fallback, with a ``note`` saying why. An override with the
    same faults raises ChatTemplateError instead: the user asked for it, so they are told
    rather than silently given another format.
    """
    tokens = {"bos_token": bos_token, "eos_token": eos_token}
    if override and override.strip():
        template = ChatTemplate(override, origin="custom", **tokens)
        template.check()
        return template
    refusal: TemplateRefused | TemplateInvalid | None = None
    if gguf_template and gguf_template.strip():
        try:
            template = ChatTemplate(gguf_template, origin="gguf", **tokens)
            template.check()
            return template
        except (TemplateRefused, TemplateInvalid) as error:
            refusal = error
    family = fallback_family(is_special_token, family_hint)
    note: str | None = None
    if isinstance(refusal, TemplateRefused):
        note = OWN_TEMPLATE_REFUSED(reason=refusal.reason, family=family.name)
    elif isinstance(refusal, TemplateInvalid):
        note = OWN_TEMPLATE_INVALID(detail=refusal.detail, family=family.name)
    return ChatTemplate(
        family.source,
        origin=f"fallback:{family.name}",
        stop_strings=family.stop_strings,
        note=note,
        **tokens,
    )


# --- for the settings dialog: a GGUF's template without loading it, and a sample rendering ----

SAMPLE_CONVERSATION = (
    Message("system", "You are a helpful assistant."),
    Message("user", "Hello! Who are you?"),
    Message("assistant", "I am an assistant that runs on your own computer."),
    Message("user", "What can you do?"),
)


@dataclass(frozen=True)
class FileTemplate:
    source: str
    origin: str  # "gguf" or "fallback:<family>"
    note: str | None = None  # why the file's own template is not used, if it has one


def template_of_file(path: Path | str, family_hint: str | None = None) -> FileTemplate:
    """The template the engine would pick for this GGUF, from its header alone: the file's own
    when it passes the same checks (in milliseconds, or the sandbox's deadline for a hostile
    one), else the fallback.

    Without a loaded vocabulary, a family marker counts as present when the header holds it as a
    whole GGUF string (length prefix included), which is how the token list stores it. Raises
    ModelFileError for an unusable file.
    """
    info = read_info(path)
    header: bytes | None = None

    def in_vocabulary(text: str) -> bool:
        nonlocal header
        if header is None:
            with Path(path).open("rb") as handle:
                header = handle.read(info.header.header_size)
        encoded = text.encode()
        return bool(encoded) and struct.pack("<Q", len(encoded)) + encoded in header

    chosen = choose_template(
        info.chat_template,
        bos_token="",
        eos_token="",
        is_special_token=in_vocabulary,
        family_hint=family_hint,
    )
    return FileTemplate(chosen.source, chosen.origin, chosen.note)


def render_sample(
    source: str, should_stop: Callable[[], bool] | None = None
) -> tuple[str, str | None]:
    """``source`` rendered on SAMPLE_CONVERSATION, and a note if it needed changing.

    Some valid templates refuse a system message (raise_exception); those are shown without it
    rather than rejected. Raises ChatTemplateError for anything else (TemplateRefused past the
    bounds, RenderStopped once ``should_stop()`` is true).
    """
    template = ChatTemplate(source, origin="custom")
    try:
        return template.render(SAMPLE_CONVERSATION, should_stop=should_stop), None
    except (TemplateRefused, RenderStopped):
        raise
    except ChatTemplateError as error:
        try:
            rendered = template.render(SAMPLE_CONVERSATION[1:], should_stop=should_stop)
        except (TemplateRefused, RenderStopped):
            raise
        except ChatTemplateError:
            raise error from None
        return rendered, f"This template refuses a system message ({error}); shown without it."
