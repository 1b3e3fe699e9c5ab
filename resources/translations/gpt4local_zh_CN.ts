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
    <name>ModelLoader</name>
    <message>
        <location filename="../../gpt4local/ui/engine/loader.py" line="+66"/>
        <source>Load settings: {problem}; the defaults are used.</source>
        <translation>加载设置：{problem}；将使用默认值。</translation>
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
