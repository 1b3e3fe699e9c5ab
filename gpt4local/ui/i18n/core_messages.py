"""Messages from core/ in the window's language.

core/ speaks English and has no Qt: a message it may show a user is a ``Wording`` (an id and an
English template, gpt4local/core/errors.py), and what it says is a ``Said`` carrying the id and
the arguments. Here each id maps to its translatable text (context "CoreMessages": the same
English as core's template, which a test checks); the arguments are written as the window's
language writes them (sizes and numbers through formatting.py, a nested message translated in
turn). An id not mapped here, or a message core made without an id, is shown in English: never
lost, only untranslated until mapped (tests/ui/test_core_messages.py lists the missing ones).

Where a core message enters the window, pass it (an exception, an event's message or a fit note)
through ``describe``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from gpt4local.core.errors import Bytes, Said, said_of
from gpt4local.ui.i18n.formatting import format_number, format_size

translate = QCoreApplication.translate  # lupdate reads calls by this name too

FULL_STOPS = (".", "。")


def texts() -> dict[str, str]:
    """Every mapped id and its text in the current language (English when none is installed)."""
    return {
        # A model file that cannot be used (core/models)
        "model.memory_unknown": translate(
            "CoreMessages",
            "The memory {name} needs cannot be worked out: {detail}."),
        "model.link_loop": translate(
            "CoreMessages",
            "{name} is a symbolic link that leads back to itself (a loop)."),
        "model.link_broken": translate(
            "CoreMessages",
            "{name} is a link to a file that no longer exists."),
        "model.not_found": translate("CoreMessages", "Model file not found: {path}"),
        "model.folder_no_permission": translate(
            "CoreMessages",
            "No permission to read the folder of {path}"),
        "model.cannot_read": translate("CoreMessages", "Cannot read {path}: {reason}"),
        "model.not_a_file": translate("CoreMessages", "Not a file: {path}"),
        "model.no_permission": translate("CoreMessages", "No permission to read {path}"),
        "model.empty": translate(
            "CoreMessages",
            "{name} is empty (0 bytes): there is no model in it."),
        "model.not_gguf": translate(
            "CoreMessages",
            "{name} is not a GGUF model file (it does not start with 'GGUF')."),
        "model.truncated_header": translate(
            "CoreMessages",
            "{name} is truncated or damaged: {detail}. Download it again."),
        "model.damaged": translate("CoreMessages", "{name} is damaged: {detail}."),
        "model.truncated": translate(
            "CoreMessages",
            "{name} is truncated: it needs {needed} bytes but has {size}. Download it again."),
        "model.cannot_load": translate("CoreMessages", "{name} cannot be loaded: {problem}."),
        "model.no_architecture": translate(
            "CoreMessages",
            "{name} has no 'general.architecture' in its metadata."),
        "model.could_not_be_read": translate("CoreMessages", "{name} could not be read: {detail}"),
        "model.not_deleted_outside": translate(
            "CoreMessages",
            "{path} is not in the models folder; it is not deleted."),
        "model.cannot_delete": translate("CoreMessages", "Cannot delete {name}: {reason}"),
        "models_folder.no_permission": translate(
            "CoreMessages",
            "No permission to read the models folder {folder}"),
        "models_folder.unreadable": translate(
            "CoreMessages",
            "Cannot read the models folder {folder}: {reason}"),
        # Whether a model fits in memory, and the model the Home page suggests (core/fit)
        "fit.close_programs": translate(
            "CoreMessages",
            "Closing other programs could free enough memory."),
        "fit.trained_context": translate(
            "CoreMessages",
            "The model was trained on {n_ctx_train} tokens of context."),
        "fit.no_swap": translate(
            "CoreMessages",
            "This computer has no swap space: if it is loaded anyway, it may fail, or the system "
            "may stop programs (this one too) to free memory."),
        "fit.swap_too_small": translate(
            "CoreMessages",
            "Loading it anyway needs about {shortfall} more than is free, and only {free_swap} of "
            "swap is free: it may fail, or the system may stop programs (this one too) to free "
            "memory."),
        "fit.swap_slow": translate(
            "CoreMessages",
            "Loading it anyway puts about {shortfall} in swap ({free_swap} free): the whole "
            "computer can become slow while it swaps to disk."),
        "fit.refused": translate(
            "CoreMessages",
            "{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is"
            " available."),
        "fit.refused_context_would_fit": translate(
            "CoreMessages",
            "{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is"
            " available; a context of {fitting} would fit."),
        "fit.refused_cache_would_fit": translate(
            "CoreMessages",
            "{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is"
            " available; with a {kv_cache} KV cache a context of {fitting} would fit."),
        "recommend.no_models": translate(
            "CoreMessages",
            "The model catalog lists no models to suggest."),
        "recommend.none_fits": translate(
            "CoreMessages",
            "None of the catalog's models fits comfortably in the memory free now ({available}); "
            "the smallest, {name}, needs about {needed}. Close some programs, or browse all "
            "models for a smaller one."),
        # Loading a model and generating (core/inference, core/service)
        "engine.llama_refused": translate(
            "CoreMessages",
            "llama.cpp could not load {name} (architecture '{architecture}'): {reason}"),
        "engine.gpu_fell_back": translate(
            "CoreMessages",
            "GPU load failed, using the CPU instead: {reason}"),
        "engine.kv_cache_fell_back": translate(
            "CoreMessages",
            "llama.cpp cannot use a {kv_cache} KV cache with this model (it needs flash attention, "
            "which was refused), so the cache is f16."),
        "engine.no_model": translate("CoreMessages", "No model is loaded."),
        "engine.could_not_read": translate("CoreMessages", "Could not read {name}: {reason}"),
        "engine.could_not_load": translate("CoreMessages", "Could not load {name}: {reason}"),
        "engine.generation_failed": translate("CoreMessages", "Generation failed: {reason}"),
        "engine.no_statistics": translate(
            "CoreMessages",
            "Generation failed: the answer ended without its statistics."),
        # A message too long for the context (core/inference)
        "chat.prompt_too_long": translate(
            "CoreMessages",
            "The message is too long for the context window: it needs {needed} tokens (with the "
            "system prompt and chat template) and the context holds {n_ctx}, with room for an "
            "answer. Shorten the message or raise the context length."),
        # Chat templates (core/templates)
        "template.invalid": translate(
            "CoreMessages",
            "The chat template ({origin}) is not valid: {detail}"),
        "template.stopped_because": translate(
            "CoreMessages",
            "The chat template ({origin}) was stopped: {reason}."),
        "template.stopped": translate("CoreMessages", "The chat template ({origin}) was stopped."),
        "template.failed": translate(
            "CoreMessages",
            "The chat template ({origin}) failed: {detail}"),
        "template.own_refused": translate(
            "CoreMessages",
            "This model's chat template was refused: {reason}. gpt4local uses the {family} format "
            "instead."),
        "template.own_invalid": translate(
            "CoreMessages",
            "This model's chat template is not valid Jinja ({detail}). gpt4local uses the {family} "
            "format instead."),
        # Downloads (core/downloads)
        "download.already_installed": translate("CoreMessages", "{name} is already installed."),
        "download.looking_up": translate("CoreMessages", "Looking up {name}"),
        "download.downloading": translate("CoreMessages", "Downloading {name}"),
        "download.size_unknown": translate(
            "CoreMessages",
            "The Hub did not say how large {name} is."),
        "download.changed_on_hub": translate(
            "CoreMessages",
            "{name} has changed on the Hub since this catalog was made (its checksum differs). "
            "Update the catalog, or pick the file in the Hugging Face search."),
        "download.no_disk_space": translate(
            "CoreMessages",
            "Not enough disk space for {name}: it needs {needed} (including {margin} to spare) and "
            "{folder} has {free} free."),
        "download.too_many_bytes": translate(
            "CoreMessages",
            "{name}: the server sent more bytes than the file has; the partial download was "
            "deleted. Try again."),
        "download.refused_to_continue": translate(
            "CoreMessages",
            "The server refused to continue {name}."),
        "download.status": translate("CoreMessages", "The server answered {status}."),
        "download.disk_full": translate(
            "CoreMessages",
            "The disk is full ({folder}). {kept} Free some space, then try again."),
        "download.cannot_write": translate("CoreMessages", "Cannot write {path}: {reason}"),
        "download.checksum_mismatch": translate(
            "CoreMessages",
            "{name} arrived damaged (its sha256 does not match the published one), so it was "
            "deleted. Download it again."),
        "download.cannot_download": translate(
            "CoreMessages",
            "{name} cannot be downloaded. {reason}"),
        "download.stopped": translate(
            "CoreMessages",
            "{name} stopped: {reason} (after {retries} retries). {kept}"),
        "download.status_reason": translate("CoreMessages", "the server answered {status}"),
        "download.nothing_kept": translate(
            "CoreMessages",
            "Nothing was downloaded; try again later."),
        "download.part_kept": translate(
            "CoreMessages",
            "The {size} downloaded so far is kept: try again to continue from there."),
        # Hugging Face (core/hub, core/models/remote_header.py)
        "hub.gated": translate(
            "CoreMessages",
            "{repo} is gated: accept its conditions on the Hugging Face website, then add an access"
            " token (Access token… on the Hugging Face tab, `gpt4local models token set`, or the "
            "HF_TOKEN environment variable)."),
        "hub.repo_not_found": translate(
            "CoreMessages",
            "{repo} was not found on {endpoint} (or it is private and needs a token)."),
        "hub.no_such_revision": translate("CoreMessages", "{repo} has no such revision."),
        "hub.file_not_in_repo": translate("CoreMessages", "That file is not in {repo}."),
        "hub.status": translate("CoreMessages", "{what} failed: the Hub answered {status}."),
        "hub.too_many_requests": translate(
            "CoreMessages",
            "{what} failed: the Hub answered 429 (too many requests: wait a minute)."),
        "hub.failed": translate("CoreMessages", "{what} failed. {reason}"),
        "hub.not_understood": translate(
            "CoreMessages",
            "{what} failed: {endpoint} sent an answer gpt4local does not understand ({detail})."),
        "hub.searching": translate("CoreMessages", "Searching Hugging Face"),
        "hub.listing_files": translate("CoreMessages", "Listing the files of {repo}"),
        "hub.reading_header": translate("CoreMessages", "Reading the header of {name}"),
        "hub.header_cut_short": translate("CoreMessages", "{name} ends inside its GGUF header."),
        "hub.not_usable_gguf": translate("CoreMessages", "{name} is not a usable GGUF: {detail}."),
        # The network (core/http.py)
        "net.offline": translate(
            "CoreMessages",
            "Network access is switched off (HF_HUB_OFFLINE is set); unset it to download."),
        "net.redirected_away": translate(
            "CoreMessages",
            "The server redirected to {target}: only http:// and https:// addresses are followed."),
        "net.timeout": translate("CoreMessages", "{host} did not answer in time."),
        "net.cannot_connect": translate(
            "CoreMessages",
            "Cannot connect to {host}: check the internet connection or proxy."),
        "net.connection_broke": translate(
            "CoreMessages",
            "The connection to {host} broke: {detail}."),
        "net.status": translate("CoreMessages", "{host} answered {status} for {url}."),
        "net.failed": translate("CoreMessages", "Talking to {host} failed: {detail}"),
        "net.not_web_address": translate("CoreMessages", "Not a web address: {url}"),
        "net.too_large": translate("CoreMessages", "{url} sent more than {limit} bytes; ignored."),
        "net.too_slow": translate("CoreMessages", "{host} did not send {url} within {seconds} s."),
        # The chat history (core/chats)
        "chats.save_failed": translate("CoreMessages", "Could not save your chats: {reason}"),
        "chats.import_failed": translate("CoreMessages", "Could not import the chat: {reason}"),
        "chats.index_failed": translate(
            "CoreMessages",
            "Could not update the search index: {reason}"),
        "chats.upgrade_failed": translate(
            "CoreMessages",
            "Could not upgrade your chats to version {version} (they were left as they were): "
            "{reason}"),
        "chats.disk_full": translate(
            "CoreMessages",
            "the disk is full ({detail}). Free some space, then try again"),
        "chats.read_failed": translate("CoreMessages", "Could not read your chats: {reason}"),
        "chats.open_failed": translate(
            "CoreMessages",
            "Could not open your chats ({path}): {reason}"),
        "chats.folder_failed": translate(
            "CoreMessages",
            "Could not create the folder for your chats: {reason}"),
        "chats.not_set_aside": translate(
            "CoreMessages",
            "Your chats ({path}) are damaged and could not be set aside: {reason}"),
        "chats.set_aside": translate(
            "CoreMessages",
            "Your chat history was damaged and could not be read. It was kept as {name} in "
            "{folder} and a new, empty history was started."),
        "chats.newer_version": translate(
            "CoreMessages",
            "Your chats ({path}) were written by a newer gpt4local (chat file version {version}; "
            "this one reads up to version {supported}). Update gpt4local to open them; the file "
            "was left unchanged."),
        "chats.backup_failed": translate(
            "CoreMessages",
            "Could not back up your chats before upgrading them ({reason}); nothing was changed."),
        # Generation settings the engine refuses (core/inference/options.py, core/settings.py)
        "setting.n_ctx": translate(
            "CoreMessages",
            "The context length must be at least 64 tokens, not {value}."),
        "setting.n_threads": translate(
            "CoreMessages",
            "Threads must be 0 (automatic) or more, not {value}."),
        "setting.n_batch": translate(
            "CoreMessages",
            "The batch size must be at least 1, not {value}."),
        "setting.kv_cache_type": translate(
            "CoreMessages",
            "The KV cache type must be one of {choices}, not {value}."),
        "setting.temperature": translate(
            "CoreMessages",
            "Temperature must be 0 or more, not {value}."),
        "setting.top_p": translate(
            "CoreMessages",
            "top_p must be more than 0 and at most 1, not {value}."),
        "setting.top_k": translate("CoreMessages", "top_k must be 0 (off) or more, not {value}."),
        "setting.min_p": translate("CoreMessages", "min_p must be from 0 (off) to 1, not {value}."),
        "setting.repeat_penalty": translate(
            "CoreMessages",
            "The repeat penalty must be more than 0 (1.0 turns it off), not {value}."),
        "setting.repeat_last_n": translate(
            "CoreMessages",
            "The repeat window must be 0 or more, not {value}."),
        "setting.max_tokens": translate(
            "CoreMessages",
            "The answer length must be 0 (until the context is full) or more, not {value}."),
        "setting.quantised_cache_needs_flash": translate(
            "CoreMessages",
            "A quantised KV cache needs flash attention."),
        "setting.gpu_layers": translate(
            "CoreMessages",
            "GPU layers must be -1 (as many as fit), 0 (CPU only) or more."),
        # Sentences said one after the other, as one message
        "sentences": translate("CoreMessages", "{first} {then}",
                               "two sentences, one after the other"),
    }


def describe(message: object) -> str:
    """A core message (a Said, an error, or any text) in the window's language."""
    said = said_of(message)
    if said is None:
        return str(message)
    template = texts().get(said.code)
    if template is None:
        return str(said)  # a new id, not mapped yet: English rather than nothing
    return template.format(**{name: _argument(value) for name, value in said.params.items()})


def _argument(value: object) -> str:
    if isinstance(value, Said):
        text = describe(value)
        if not str(value).endswith(".") and text.endswith(FULL_STOPS):
            text = text[:-1]  # core ended this sentence inside another one: so does the window
        return text
    if isinstance(value, BaseException):
        return describe(value)
    if isinstance(value, Bytes):
        return format_size(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return format_number(value)
    return QLocale().toString(float(value), "g", 6)
