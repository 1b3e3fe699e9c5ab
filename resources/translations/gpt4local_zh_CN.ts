<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gpt4local/ui/window/about.py" line="+38"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit unmodified in the installation folder and may be replaced with your own builds. Their source code is at {link}.</source>
        <translation>Qt 和 PySide6 依据 GNU LGPL 第 3 版使用：它们的库未经修改地放在安装文件夹中，可以替换为您自己构建的版本。其源代码位于 {link}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not be loaded: {error}</source>
        <translation>无法加载：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU offload available</source>
        <translation>可将计算卸载到 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no GPU offload</source>
        <translation>不支持 GPU 卸载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{backend} ({offload})</source>
        <translation>{backend}（{offload}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>llama.cpp backend</source>
        <translation>llama.cpp 后端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats and data</source>
        <translation>聊天和数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A private ChatGPT that runs entirely on your own computer.</source>
        <translation>完全在您自己电脑上运行的私人 ChatGPT。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} is free software under the MIT license.</source>
        <translation>{app} 是依据 MIT 许可证发布的自由软件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This build</source>
        <translation>此版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses of the bundled components</source>
        <translation>随附组件的许可证</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folders:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gpt4local/ui/i18n/core_messages.py" line="+31"/>
        <source>The memory {name} needs cannot be worked out: {detail}.</source>
        <translation>无法算出 {name} 需要多少内存：{detail}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a symbolic link that leads back to itself (a loop).</source>
        <translation>{name} 是一个指向自身的符号链接（循环）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a link to a file that no longer exists.</source>
        <translation>{name} 是一个链接，它指向的文件已不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model file not found: {path}</source>
        <translation>找不到模型文件：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the folder of {path}</source>
        <translation>没有权限读取 {path} 所在的文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a file: {path}</source>
        <translation>不是文件：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read {path}</source>
        <translation>没有权限读取 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty (0 bytes): there is no model in it.</source>
        <translation>{name} 是空文件（0 字节），里面没有模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;).</source>
        <translation>{name} 不是 GGUF 模型文件（它不以“GGUF”开头）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is truncated or damaged: {detail}. Download it again.</source>
        <translation>{name} 不完整或已损坏：{detail}。请重新下载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged: {detail}.</source>
        <translation>{name} 已损坏：{detail}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is truncated: it needs {needed} bytes but has {size}. Download it again.</source>
        <translation>{name} 不完整：它需要 {needed} 字节，实际只有 {size} 字节。请重新下载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be loaded: {problem}.</source>
        <translation>{name} 无法加载：{problem}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no &apos;general.architecture&apos; in its metadata.</source>
        <translation>{name} 的元数据中没有“general.architecture”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} could not be read: {detail}</source>
        <translation>无法读取 {name}：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not in the models folder; it is not deleted.</source>
        <translation>{path} 不在模型文件夹中，因此不会删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot delete {name}: {reason}</source>
        <translation>无法删除 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the models folder {folder}</source>
        <translation>没有权限读取模型文件夹 {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the models folder {folder}: {reason}</source>
        <translation>无法读取模型文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing other programs could free enough memory.</source>
        <translation>关闭其他程序或许能腾出足够的内存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model was trained on {n_ctx_train} tokens of context.</source>
        <translation>该模型训练时的上下文为 {n_ctx_train} 个 token。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no swap space: if it is loaded anyway, it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>这台电脑没有交换空间：如果仍然加载，可能会失败，系统也可能结束一些程序（包括本程序）来释放内存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading it anyway needs about {shortfall} more than is free, and only {free_swap} of swap is free: it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>仍然加载需要比空闲内存多约 {shortfall}，而交换空间只有 {free_swap} 空闲：可能会失败，系统也可能结束一些程序（包括本程序）来释放内存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading it anyway puts about {shortfall} in swap ({free_swap} free): the whole computer can become slow while it swaps to disk.</source>
        <translation>仍然加载会把约 {shortfall} 放入交换空间（空闲 {free_swap}）：在与磁盘交换期间，整台电脑可能变慢。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available.</source>
        <translation>{name} 内存不够：上下文为 {n_ctx} 时需要 {needed}，可用 {available}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; a context of {fitting} would fit.</source>
        <translation>{name} 内存不够：上下文为 {n_ctx} 时需要 {needed}，可用 {available}；上下文为 {fitting} 时内存够用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; with a {kv_cache} KV cache a context of {fitting} would fit.</source>
        <translation>{name} 内存不够：上下文为 {n_ctx} 时需要 {needed}，可用 {available}；使用 {kv_cache} KV 缓存时，上下文为 {fitting} 内存够用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model catalog lists no models to suggest.</source>
        <translation>模型目录中没有可推荐的模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the catalog&apos;s models fits comfortably in the memory free now ({available}); the smallest, {name}, needs about {needed}. Close some programs, or browse all models for a smaller one.</source>
        <translation>模型目录中没有哪个模型能宽松地放进当前空闲的内存（{available}）；最小的 {name} 也需要约 {needed}。请关闭一些程序，或在所有模型中找一个更小的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp could not load {name} (architecture &apos;{architecture}&apos;): {reason}</source>
        <translation>llama.cpp 无法加载 {name}（架构“{architecture}”）：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU load failed, using the CPU instead: {reason}</source>
        <translation>加载到 GPU 失败，改用 CPU：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp cannot use a {kv_cache} KV cache with this model (it needs flash attention, which was refused), so the cache is f16.</source>
        <translation>llama.cpp 无法对此模型使用 {kv_cache} KV 缓存（这需要 flash attention，但它被拒绝了），因此缓存为 f16。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {name}: {reason}</source>
        <translation>无法加载 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: {reason}</source>
        <translation>生成失败：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: the answer ended without its statistics.</source>
        <translation>生成失败：回答结束时没有统计信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is too long for the context window: it needs {needed} tokens (with the system prompt and chat template) and the context holds {n_ctx}, with room for an answer. Shorten the message or raise the context length.</source>
        <translation>消息太长，上下文放不下：它需要 {needed} 个 token（含系统提示词和聊天模板），而上下文只能容纳 {n_ctx} 个，还要为回答留出空间。请缩短消息或增大上下文长度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat template ({origin}) is not valid: {detail}</source>
        <translation>聊天模板（{origin}）无效：{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped: {reason}.</source>
        <translation>聊天模板（{origin}）已被中止：{reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped.</source>
        <translation>聊天模板（{origin}）已被中止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat template ({origin}) failed: {detail}</source>
        <translation>聊天模板（{origin}）出错：{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model&apos;s chat template was refused: {reason}. gpt4local uses the {family} format instead.</source>
        <translation>此模型的聊天模板被拒绝：{reason}。gpt4local 改用 {family} 格式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model&apos;s chat template is not valid Jinja ({detail}). gpt4local uses the {family} format instead.</source>
        <translation>此模型的聊天模板不是有效的 Jinja（{detail}）。gpt4local 改用 {family} 格式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is already installed.</source>
        <translation>{name} 已安装。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up {name}</source>
        <translation>查询 {name} 的信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading {name}</source>
        <translation>下载 {name} 时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Hub did not say how large {name} is.</source>
        <translation>Hub 没有告知 {name} 的大小。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has changed on the Hub since this catalog was made (its checksum differs). Update the catalog, or pick the file in the Hugging Face search.</source>
        <translation>自此模型目录生成以来，{name} 在 Hub 上已有改动（校验和不同）。请更新模型目录，或在 Hugging Face 搜索中选择该文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough disk space for {name}: it needs {needed} (including {margin} to spare) and {folder} has {free} free.</source>
        <translation>磁盘空间不足，无法保存 {name}：它需要 {needed}（含 {margin} 余量），而 {folder} 只有 {free} 空闲。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the server sent more bytes than the file has; the partial download was deleted. Try again.</source>
        <translation>{name}：服务器发送的字节数多于文件大小，未完成的下载已删除。请重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to continue {name}.</source>
        <translation>服务器拒绝继续下载 {name}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered {status}.</source>
        <translation>服务器返回了 {status}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full ({folder}). {kept} Free some space, then try again.</source>
        <translation>磁盘已满（{folder}）。{kept}请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} arrived damaged (its sha256 does not match the published one), so it was deleted. Download it again.</source>
        <translation>{name} 下载后已损坏（其 sha256 与公布的不一致），已被删除。请重新下载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be downloaded. {reason}</source>
        <translation>无法下载 {name}。{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} stopped: {reason} (after {retries} retries). {kept}</source>
        <translation>{name} 已中止：{reason}（重试 {retries} 次后）。{kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered {status}</source>
        <translation>服务器返回了 {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was downloaded; try again later.</source>
        <translation>什么也没有下载；请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {size} downloaded so far is kept: try again to continue from there.</source>
        <translation>已下载的 {size} 会保留：重试即可从那里继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{repo} is gated: accept its conditions on the Hugging Face website, then add an access token (Access token… on the Hugging Face tab, `gpt4local models token set`, or the HF_TOKEN environment variable).</source>
        <translation>{repo} 需申请访问：请先在 Hugging Face 网站上接受其条件，再添加访问令牌（“Hugging Face”标签页上的“访问令牌…”、`gpt4local models token set`，或环境变量 HF_TOKEN）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} was not found on {endpoint} (or it is private and needs a token).</source>
        <translation>在 {endpoint} 上找不到 {repo}（或者它是私有的，需要访问令牌）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{repo} has no such revision.</source>
        <translation>{repo} 没有这个版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is not in {repo}.</source>
        <translation>{repo} 中没有这个文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered {status}.</source>
        <translation>{what}失败：Hub 返回了 {status}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered 429 (too many requests: wait a minute).</source>
        <translation>{what}失败：Hub 返回了 429（请求过多：请等一分钟）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} failed. {reason}</source>
        <translation>{what}失败。{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: {endpoint} sent an answer gpt4local does not understand ({detail}).</source>
        <translation>{what}失败：{endpoint} 返回了 gpt4local 无法理解的应答（{detail}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching Hugging Face</source>
        <translation>搜索 Hugging Face 模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the files of {repo}</source>
        <translation>列出 {repo} 的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the header of {name}</source>
        <translation>读取 {name} 的文件头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ends inside its GGUF header.</source>
        <translation>{name} 在 GGUF 文件头中途就结束了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a usable GGUF: {detail}.</source>
        <translation>{name} 不是可用的 GGUF：{detail}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network access is switched off (HF_HUB_OFFLINE is set); unset it to download.</source>
        <translation>网络访问已关闭（设置了 HF_HUB_OFFLINE）；取消该设置才能下载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server redirected to {target}: only http:// and https:// addresses are followed.</source>
        <translation>服务器重定向到了 {target}：只跟随 http:// 和 https:// 地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} 未能及时响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to {host}: check the internet connection or proxy.</source>
        <translation>无法连接到 {host}：请检查网络连接或代理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to {host} broke: {detail}.</source>
        <translation>与 {host} 的连接中断：{detail}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} answered {status} for {url}.</source>
        <translation>{host} 对 {url} 返回了 {status}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to {host} failed: {detail}</source>
        <translation>与 {host} 通信失败：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a web address: {url}</source>
        <translation>不是网址：{url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} sent more than {limit} bytes; ignored.</source>
        <translation>{url} 发送了超过 {limit} 字节的数据，已忽略。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} did not send {url} within {seconds} s.</source>
        <translation>{host} 未在 {seconds} 秒内发送 {url}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save your chats: {reason}</source>
        <translation>无法保存你的聊天：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import the chat: {reason}</source>
        <translation>无法导入该聊天：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not update the search index: {reason}</source>
        <translation>无法更新搜索索引：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not upgrade your chats to version {version} (they were left as they were): {reason}</source>
        <translation>无法将你的聊天升级到版本 {version}（它们保持原样）：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full ({detail}). Free some space, then try again</source>
        <translation>磁盘已满（{detail}）。请腾出一些空间后重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read your chats: {reason}</source>
        <translation>无法读取你的聊天：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open your chats ({path}): {reason}</source>
        <translation>无法打开你的聊天（{path}）：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not create the folder for your chats: {reason}</source>
        <translation>无法创建存放聊天的文件夹：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chats ({path}) are damaged and could not be set aside: {reason}</source>
        <translation>你的聊天（{path}）已损坏，且无法另行保存：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chat history was damaged and could not be read. It was kept as {name} in {folder} and a new, empty history was started.</source>
        <translation>你的聊天记录已损坏，无法读取。它已保存为 {folder} 中的 {name}，并开始了一份新的空白记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your chats ({path}) were written by a newer gpt4local (chat file version {version}; this one reads up to version {supported}). Update gpt4local to open them; the file was left unchanged.</source>
        <translation>你的聊天（{path}）由更新版本的 gpt4local 写入（聊天文件版本 {version}；当前版本最高只能读取版本 {supported}）。请更新 gpt4local 后再打开；该文件未作改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not back up your chats before upgrading them ({reason}); nothing was changed.</source>
        <translation>升级前无法备份你的聊天（{reason}）；未作任何改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context length must be at least 64 tokens, not {value}.</source>
        <translation>上下文长度至少应为 64 个 token，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads must be 0 (automatic) or more, not {value}.</source>
        <translation>CPU 线程数应为 0（自动）或更多，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch size must be at least 1, not {value}.</source>
        <translation>批大小至少应为 1，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The KV cache type must be one of {choices}, not {value}.</source>
        <translation>KV 缓存类型应为 {choices} 之一，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature must be 0 or more, not {value}.</source>
        <translation>温度应为 0 或更大，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_p must be more than 0 and at most 1, not {value}.</source>
        <translation>top_p 应大于 0 且不超过 1，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_k must be 0 (off) or more, not {value}.</source>
        <translation>top_k 应为 0（关闭）或更大，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min_p must be from 0 (off) to 1, not {value}.</source>
        <translation>min_p 应在 0（关闭）到 1 之间，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repeat penalty must be more than 0 (1.0 turns it off), not {value}.</source>
        <translation>重复惩罚应大于 0（1.0 表示关闭），而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat window must be 0 or more, not {value}.</source>
        <translation>重复窗口应为 0 或更大，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer length must be 0 (until the context is full) or more, not {value}.</source>
        <translation>回答长度应为 0（直到上下文占满）或更大，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quantised KV cache needs flash attention.</source>
        <translation>量化的 KV 缓存需要 flash attention。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU layers must be -1 (as many as fit), 0 (CPU only) or more.</source>
        <translation>GPU 层数应为 -1（能放下多少就放多少）、0（仅 CPU）或更多。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} {then}</source>
        <comment>two sentences, one after the other</comment>
        <translation>{first}{then}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/i18n/formatting.py" line="+23"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{number} KB</source>
        <translation>{number} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} MB</source>
        <translation>{number} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} GB</source>
        <translation>{number} GB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size}/s</source>
        <translation>{size}/秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} token/秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/pages.py" line="+154"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../gpt4local/ui/settings/language_choice.py" line="+30"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language shows after a restart.</source>
        <translation>重启后显示新语言。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="+169"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location line="-113"/>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <location line="+30"/>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{page} ({shortcuts})</source>
        <translation>{page}（{shortcuts}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page}: {why}</source>
        <translation>{page}：{why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {page} page; shortcut {shortcuts}</source>
        <translation>显示“{page}”页面；快捷键 {shortcuts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the {page} page</source>
        <translation>显示“{page}”页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{description}. {why}</source>
        <translation>{description}。{why}</translation>
    </message>
</context>
<context>
    <name>SettingsLink</name>
    <message>
        <location filename="../../gpt4local/ui/window/settings_link.py" line="+62"/>
        <source>Your changed settings are not applied yet: they wait on the Settings page.</source>
        <translation>您更改的设置尚未应用：它们仍在“设置”页面等待。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>changes not applied yet</source>
        <translation>更改尚未应用</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings not applied</source>
        <translation>设置尚未应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings were changed on the Settings page but not applied. Apply them?</source>
        <translation>“设置”页面上有更改尚未应用。要应用吗？</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gpt4local/ui/window/menus.py" line="+44"/>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus the message box</source>
        <translation>转到消息输入框</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop generating</source>
        <translation>停止生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the last answer</source>
        <translation>复制最后一条回答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from JSON…</source>
        <translation>从 JSON 导入…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About gpt4local</source>
        <translation>关于 gpt4local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied the last answer.</source>
        <translation>已复制最后一条回答。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: this chat has no messages.</source>
        <translation>暂无可导出的内容：此聊天还没有消息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chat</source>
        <translation>导出聊天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the chat to {path}.</source>
        <translation>已将聊天导出到 {path}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a chat</source>
        <translation>导入聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gpt4local chat (*.json)</source>
        <translation>gpt4local 聊天 (*.json)</translation>
    </message>
</context>
<context>
    <name>_Message</name>
    <message>
        <location filename="../../gpt4local/ui/window/error_banner.py" line="+45"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>_TransferWorker</name>
    <message>
        <location filename="../../gpt4local/ui/models/download_manager.py" line="+72"/>
        <source>Download failed unexpectedly: {error}</source>
        <translation>下载意外失败：{error}</translation>
    </message>
</context>
</TS>
