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
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/i18n/formatting.py" line="+22"/>
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
</TS>
