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
    <name>AnswerStream</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/stream.py" line="+132"/>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/chat/page.py" line="+172"/>
        <source>Opening the conversation… {drawn} of %n messages</source>
        <translation>
            <numerusform>正在打开对话… {drawn} / %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model first — your message is kept in the box.</source>
        <translation>请先选择模型——您的消息仍保留在输入框中。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <source>Reading the conversation…</source>
        <translation>正在读取对话…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the conversation… {done}/{total} tokens</source>
        <translation>正在读取对话… {done}/{total} token</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The conversation is longer than the context: the oldest %n messages were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>对话超出了上下文长度：模型已看不到最早的 %n 条消息。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopped before the answer began.</source>
        <translation>在回答开始前已停止。</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../gpt4local/ui/chat/session.py" line="+84"/>
        <source>The chat history is closed.</source>
        <translation>聊天记录已关闭。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chats: {kind}: {error}</source>
        <translation>聊天：{kind}：{error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{error} Your chats are kept only until you quit, this time.</source>
        <translation>{error} 本次您的聊天只保留到退出程序为止。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your chats cannot be opened: {error}</source>
        <translation>无法打开您的聊天：{error}</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Could not export the chat to {path}: {reason}.</source>
        <translation>无法将聊天导出到 {path}：{reason}。</translation>
    </message>
</context>
<context>
    <name>ChatSettingsPanel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/panel.py" line="+67"/>
        <location line="+4"/>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="+39"/>
        <source>Chat settings</source>
        <translation>聊天设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close the chat settings</source>
        <translation>关闭聊天设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this chat only, from its next answer. New chats start from the defaults on the Settings page.</source>
        <translation>仅对此聊天生效，从下一条回答开始。新聊天使用“设置”页面中的默认值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instructions the model follows in this chat</source>
        <translation>模型在此聊天中遵循的指示</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Change it in the model&apos;s settings…</source>
        <translation>在模型设置中更改…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The context length and chat template are the model&apos;s: the Settings page&apos;s Per model section changes them for every chat, and the model is loaded again.</source>
        <translation>上下文长度和聊天模板属于模型：“设置”页面的“按模型”部分会为所有聊天更改它们，并重新加载模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the context length or chat template in the model&apos;s settings</source>
        <translation>在模型设置中更改上下文长度或聊天模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s defaults</source>
        <translation>重置为模型的默认值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This chat&apos;s system prompt and sampling values become the ones a new chat with this model starts from</source>
        <translation>此聊天的系统提示词和采样参数将变为使用此模型的新聊天的初始值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset this chat to the model&apos;s defaults</source>
        <translation>将此聊天重置为模型的默认值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context and template</source>
        <translation>上下文和模板</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Context length: no model is loaded.</source>
        <translation>上下文长度：未加载模型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length: {tokens} tokens. It belongs to the model ({model}), not to the chat: every chat shares it, and changing it loads the model again.</source>
        <translation>上下文长度：{tokens} token。它属于模型（{model}），而不属于聊天：所有聊天共用它，更改后会重新加载模型。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{fields}: {problem}</source>
        <translation>{fields}：{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Until it is corrected, this chat keeps its last accepted value.</source>
        <translation>{problem} 更正之前，此聊天保留上一次被接受的值。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat template: your own, from this model&apos;s settings.</source>
        <translation>聊天模板：您自己的模板，来自此模型的设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>此模型没有可用的聊天模板；正在使用 {family} 格式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat template: the one in the model file.</source>
        <translation>聊天模板：模型文件中自带的模板。</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="-3"/>
        <source>Chat settings: system prompt, sampling, context ({keys})</source>
        <translation>聊天设置：系统提示词、采样、上下文（{keys}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows or hides this chat&apos;s system prompt and sampling settings ({keys})</source>
        <translation>显示或隐藏此聊天的系统提示词和采样设置（{keys}）</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_actions.py" line="+37"/>
        <location line="+2"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>reached the answer length limit</source>
        <translation>已达到回答长度上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>上下文已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Stopping the answer first…</source>
        <translation>正在先停止回答…</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+12"/>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your message:</source>
        <translation>您的消息：</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The %n message(s) after it will be replaced. Go on?</source>
        <translation>
            <numerusform>其后的 %n 条消息将被替换。要继续吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{tokens} tokens · {rate} · first token after {seconds} s · {reason}</source>
        <translation>{tokens} 个 token · {rate} · 首个 token 用时 {seconds} 秒 · {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_list.py" line="+51"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min ago</source>
        <translation>{minutes} 分钟前</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new chat ({keys})</source>
        <translation>开始新聊天（{keys}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Search chats</source>
        <translation>搜索聊天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the chats whose title or messages hold these words</source>
        <translation>显示标题或消息中包含这些词的聊天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter or double-click renames, Delete deletes; the context menu has both.</source>
        <translation>最新的在前。按 Enter 或双击可重命名，按 Delete 可删除；右键菜单中也有这两项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+84"/>
        <source>Delete chat</source>
        <translation>删除聊天</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Search looks at titles and messages; try other words.</source>
        <translation>搜索会查找标题和消息；请换个词试试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No chat matches “{words}”</source>
        <translation>没有与“{words}”匹配的聊天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet</source>
        <translation>还没有聊天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a message to start one.</source>
        <translation>输入一条消息即可开始。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this chat</source>
        <translation>此聊天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete “{title}” and all its messages?</source>
        <translation>删除“{title}”及其所有消息？</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_model.py" line="+115"/>
        <source>Part of this chat could not be saved earlier, so it was opened again as it is saved; nothing was deleted.</source>
        <translation>此聊天的一部分之前未能保存，因此已按保存的内容重新打开；没有删除任何内容。</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <location filename="../../gpt4local/ui/engine/fit_dialog.py" line="+36"/>
        <source>This model may not fit in memory</source>
        <translation>此模型可能内存不够</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} needs about {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} 在 {context} token 的上下文下约需 {needed} 内存，而当前可用 {available}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{model} needs {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} 在 {context} token 的上下文下需要 {needed} 内存，而当前可用 {available}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load with these settings</source>
        <translation>用这些设置加载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway</source>
        <translation>仍然加载</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A context of {context} tokens fits if the KV cache is {cache}.</source>
        <translation>KV 缓存为 {cache} 时，{context} token 的上下文内存够用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {context} tokens fits.</source>
        <translation>{context} token 的上下文内存够用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even the shortest context does not fit; choose a smaller model.</source>
        <translation>即使最短的上下文内存也不够；请选择更小的模型。</translation>
    </message>
</context>
<context>
    <name>FontSizeBox</name>
    <message>
        <location filename="../../gpt4local/ui/settings/pages.py" line="+72"/>
        <source> pt</source>
        <comment>font size in points</comment>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default ({size} pt)</source>
        <translation>系统默认（{size} pt）</translation>
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
        <location line="+26"/>
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
        <location filename="../../gpt4local/ui/settings/pages.py" line="+37"/>
        <source>Folder for models</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model used last</source>
        <translation>上次使用的模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads for generating. Automatic uses up to 4 cores.</source>
        <translation>用于生成的 CPU 线程数。自动时最多使用 4 个核心。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read my message while I type</source>
        <translation>输入时预读我的消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When typing pauses, the model reads what is written so far, so the answer starts at once when it is sent. Uses the CPU during those pauses.</source>
        <translation>输入停顿时，模型会先读取已写的内容，发送后即可立刻开始回答。停顿期间会占用 CPU。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Models folder:</source>
        <translation>模型文件夹：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model at start:</source>
        <translation>启动时的模型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>CPU 线程：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} (not found)</source>
        <translation>{name}（未找到）</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <location filename="../../gpt4local/ui/settings/generation_form.py" line="+53"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions the model sees before every chat.</source>
        <translation>模型在每次聊天前看到的指令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher gives more varied answers; 0 always picks the likeliest word.</source>
        <translation>越高回答越多样；0 总是选最可能的词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from the likeliest words whose probabilities add up to this.</source>
        <translation>只从概率累计达到此值的最可能的词中采样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from this many likeliest words.</source>
        <translation>只从这么多个最可能的词中采样。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop words less likely than this fraction of the likeliest one.</source>
        <translation>舍弃概率低于最可能词的这一比例的词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above 1 discourages repeating recent words; 1 turns it off.</source>
        <translation>大于 1 时抑制重复最近用过的词；1 表示关闭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty window</source>
        <translation>重复惩罚窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many recent tokens the repeat penalty looks at.</source>
        <translation>重复惩罚考虑的最近 token 数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max answer length</source>
        <translation>最大回答长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until the context is full</source>
        <translation>直到上下文已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest answer; a token is about three quarters of a word. Without a limit the model writes until it is done or the context is full.</source>
        <translation>回答的最大长度；一个 token 约为一个英文单词的四分之三。不设上限时，模型会一直写到结束或上下文已满。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of the conversation the model sees. More needs more memory.</source>
        <translation>模型能看到的对话长度。越长需要越多内存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens processed at once: larger is faster and needs more memory.</source>
        <translation>一次处理的提示词 token 数：越大越快，也需要越多内存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As many as fit</source>
        <translation>尽可能多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to run on the GPU, where this build can use one; 0 runs on the CPU only.</source>
        <translation>在 GPU 上运行的层数（若此版本能使用 GPU）；0 表示只用 CPU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16-bit (f16)</source>
        <translation>16 位 (f16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0): half the memory</source>
        <translation>8 位 (q8_0)：一半内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0): a quarter of the memory</source>
        <translation>4 位 (q4_0)：四分之一内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the model keeps the conversation. 8-bit fits twice the context in the same memory, with almost no loss; 4-bit four times, with some.</source>
        <translation>模型保存对话的地方。8 位在同样内存中可容纳两倍上下文，几乎无损；4 位可容纳四倍，略有损失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed seed gives the same answer to the same prompt.</source>
        <translation>固定种子时，相同的提示词会得到相同的回答。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use a different value for this model</source>
        <translation>为此模型使用不同的值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>KvCache</name>
    <message>
        <location line="-122"/>
        <source>16-bit (f16)</source>
        <translation>16 位 (f16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0)</source>
        <translation>8 位 (q8_0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0)</source>
        <translation>4 位 (q4_0)</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../gpt4local/ui/window/main_window.py" line="+110"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+19"/>
        <source>Choose a model…</source>
        <translation>选择模型…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add a GGUF model file</source>
        <translation>添加 GGUF 模型文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>此模型没有可用的聊天模板；将使用 {family} 格式。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save settings: {problem}</source>
        <translation>无法保存设置：{problem}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Generation settings: {problem}; the defaults are used.</source>
        <translation>生成设置：{problem}；将使用默认值。</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/actions.py" line="+27"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message&apos;s text</source>
        <translation>复制此消息的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message and send it again</source>
        <translation>编辑此消息并重新发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this answer again</source>
        <translation>重新生成此回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on writing this answer where it stopped</source>
        <translation>从中断处继续写此回答</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message actions</source>
        <translation>消息操作</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="+42"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>输入消息——按 Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../gpt4local/ui/engine/loader.py" line="+66"/>
        <source>Load settings: {problem}; the defaults are used.</source>
        <translation>加载设置：{problem}；将使用默认值。</translation>
    </message>
</context>
<context>
    <name>ModelPopup</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/popup.py" line="+42"/>
        <source>No models yet — download one on the Models page, or “Add model file…”</source>
        <translation>还没有模型——请在“模型”页面下载，或使用“添加模型文件…”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add model file…</source>
        <translation>添加模型文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a GGUF file from anywhere</source>
        <translation>从任意位置加载 GGUF 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage models</source>
        <translation>管理模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the Models page: download, delete and see every installed model</source>
        <translation>显示“模型”页面：下载、删除并查看所有已安装的模型</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No model matches “{words}”</source>
        <translation>没有与“{words}”匹配的模型</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/entries.py" line="+31"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed; still loaded</source>
        <translation>已移除，但仍处于加载状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added from elsewhere</source>
        <translation>从其他位置添加</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/row_delegate.py" line="+24"/>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/selector.py" line="+41"/>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading {name}… {percent}%</source>
        <translation>正在加载 {name}… {percent}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{type} KV cache</source>
        <translation>{type} KV 缓存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {tokens}</source>
        <translation>上下文 {tokens}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No model loaded · %n installed</source>
        <translation>
            <numerusform>未加载模型 · 已安装 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model loaded · add one or download one</source>
        <translation>未加载模型 · 请添加或下载一个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the model to chat with ({keys})</source>
        <translation>选择用于聊天的模型（{keys}）</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="+161"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>PerModelPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/per_model.py" line="+61"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset this model to the defaults</source>
        <translation>将此模型恢复为默认值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings for this model (checked ones replace the defaults)</source>
        <translation>此模型的设置（勾选的项将替代默认值）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat template</source>
        <translation>聊天模板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No models are installed yet: add one on the Models page.</source>
        <translation>尚未安装模型：请在“模型”页面添加一个。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{model}: {problem}</source>
        <translation>{model}：{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template of {model}: {problem}</source>
        <translation>{model} 的聊天模板：{problem}</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="-81"/>
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
    <name>SendButton</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="-14"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/page.py" line="+55"/>
        <source>context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU 线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat template</source>
        <translation>聊天模板</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{first}, {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings as they were last applied</source>
        <translation>显示上次应用时的设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used for every model, except where the Per model tab says otherwise.</source>
        <translation>适用于所有模型，除非“按模型”标签页另有设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per model</source>
        <translation>按模型</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{settings}: {problem}</source>
        <translation>{settings}：{problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the value on the {tab} tab first.</source>
        <translation>请先修正“{tab}”标签页上的值。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The new {setting} applies when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>{setting}的新值将在重新加载 {model} 后生效：请在模型选择器中再次选择它。其他设置从下一个回答起生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new {setting} apply when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>{setting}的新值将在重新加载 {model} 后生效：请在模型选择器中再次选择它。其他设置从下一个回答起生效。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../gpt4local/ui/window/single_instance.py" line="+65"/>
        <source>process {pid}</source>
        <translation>进程 {pid}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../gpt4local/ui/app.py" line="+48"/>
        <source>Cannot create the data folders ({problem}). Set GPT4LOCAL_HOME to a writable folder.</source>
        <translation>无法创建数据文件夹（{problem}）。请将 GPT4LOCAL_HOME 设为可写的文件夹。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{app} is already running with the data folder {folder} ({holder}), and its window did not come forward. Close it first, or set GPT4LOCAL_HOME to another folder to run a second copy.</source>
        <translation>{app} 已在使用数据文件夹 {folder} 运行（{holder}），但其窗口没有显示到前台。请先关闭它，或将 GPT4LOCAL_HOME 设为另一个文件夹以运行第二个副本。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../gpt4local/ui/settings/template_editor.py" line="+56"/>
        <source>Chat template</source>
        <translation>聊天模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s template</source>
        <translation>恢复为模型的模板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample conversation rendered with the template</source>
        <translation>用此模板渲染的示例对话</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model chosen.</source>
        <translation>未选择模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the model file…</source>
        <translation>正在读取模型文件…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s template could not be read: {problem}</source>
        <translation>无法读取模型的模板：{problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model has no chat template; gpt4local uses the {family} format.</source>
        <translation>此模型没有聊天模板；gpt4local 使用 {family} 格式。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A sample conversation with this template (special tokens such as BOS left out):</source>
        <translation>用此模板渲染的示例对话（省略了 BOS 等特殊 token）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{caption} {note}</source>
        <translation>{caption}{note}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Custom template: it replaces the model&apos;s own for this model.</source>
        <translation>自定义模板：对此模型替代模型自带的模板。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s own template, from its file.</source>
        <translation>模型自带的模板，来自其文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fallback template gpt4local chose for this model.</source>
        <translation>gpt4local 为此模型选择的备用模板。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the model&apos;s own template.</source>
        <translation>留空则使用模型自带的模板。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The model&apos;s own template fails: {problem}</source>
        <translation>模型自带的模板出错：{problem}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/blocks.py" line="+32"/>
        <location line="+1"/>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>长度上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>上下文已满</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{tokens} tokens · {rate} · first token {seconds} s</source>
        <translation>{tokens} 个 token · {rate} · 首个 token 用时 {seconds} 秒</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/transcript/view.py" line="+75"/>
        <location line="+102"/>
        <source>Choose a model above, then type a message below.</source>
        <translation>请先在上方选择模型，然后在下方输入消息。</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move between messages; Tab reaches the message&apos;s actions.</source>
        <translation>Ctrl+上箭头和 Ctrl+下箭头在消息之间移动；按 Tab 可到达消息的操作按钮。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+229"/>
        <source>Copy</source>
        <comment>a code block&apos;s text</comment>
        <translation>复制</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>{model} is ready: type a message below.</source>
        <translation>{model} 已就绪：请在下方输入消息。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>… {count} more characters are not shown here. Copy, or export the chat, to have all of it.</source>
        <translation>…还有 {count} 个字符未在此显示。复制或导出聊天即可获得全部内容。</translation>
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
</TS>
