<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gpt4local/ui/window/about.py" line="+38"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit unmodified in the installation folder and may be replaced with your own builds. Their source code is at {link}.</source>
        <translation>Qt と PySide6 はGNU LGPLバージョン3の下で使用しています。これらのライブラリは変更されずにインストールフォルダーにあり、ご自身でビルドしたものに置き換えることができます。ソースコードは{link}にあります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not be loaded: {error}</source>
        <translation>読み込めませんでした：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU offload available</source>
        <translation>GPUオフロード対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no GPU offload</source>
        <translation>GPUオフロードなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{backend} ({offload})</source>
        <translation>{backend}（{offload}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>llama.cpp backend</source>
        <translation>llama.cpp バックエンド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats and data</source>
        <translation>チャットとデータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A private ChatGPT that runs entirely on your own computer.</source>
        <translation>完全にあなたのコンピューター上で動く、プライベートな ChatGPT です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} is free software under the MIT license.</source>
        <translation>{app} はMITライセンスのフリーソフトウェアです。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This build</source>
        <translation>このビルド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses of the bundled components</source>
        <translation>同梱コンポーネントのライセンス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folders:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses:</source>
        <translation>ライセンス：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>AnswerStream</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/stream.py" line="+136"/>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/catalog_tab.py" line="+42"/>
        <source>✓ installed</source>
        <translation>✓ インストール済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>メモリに収まる？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model catalog</source>
        <translation>モデルカタログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ marks a good first choice; double-click downloads the chosen model</source>
        <translation>★は最初に試すのにおすすめのモデルです。ダブルクリックで選んだモデルをダウンロードします</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>The model catalog could not be read</source>
        <translation>モデルカタログを読み込めませんでした</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the catalog again</source>
        <translation>カタログをもう一度読み込みます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Face を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a GGUF model on Hugging Face instead</source>
        <translation>代わりに Hugging Face でGGUFモデルを探します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model to read about it. ★ = a good first choice.</source>
        <translation>モデルを選ぶと説明が表示されます。★ = 最初におすすめ。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen model into the models folder</source>
        <translation>選んだモデルをモデルフォルダーにダウンロードします</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{reason}. Try again, or search Hugging Face for a model meanwhile.</source>
        <translation>{reason}。再試行するか、その間に Hugging Face でモデルを検索してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Best for this computer: &lt;b&gt;{name}&lt;/b&gt; — it needs {need} and {free} is free now.</source>
        <translation>このコンピューターに最適：&lt;b&gt;{name}&lt;/b&gt;。必要なメモリは{need}、現在の空きは{free}です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of these models fits comfortably in the memory that is free now; close some programs, or look for a smaller quantisation on Hugging Face.</source>
        <translation>どのモデルも、現在の空きメモリに余裕をもって収まりません。ほかのプログラムを閉じるか、Hugging Face でより小さい量子化を探してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {size}</source>
        <translation>ダウンロード（{size}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>license {license}</source>
        <translation>ライセンス：{license}</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/chat/page.py" line="+173"/>
        <source>Opening the conversation… {drawn} of %n messages</source>
        <translation>
            <numerusform>会話を開いています…（メッセージ{drawn}/%n件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model first — your message is kept in the box.</source>
        <translation>先にモデルを選んでください。メッセージは入力欄に残っています。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <source>Reading the conversation…</source>
        <translation>会話を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the conversation… {done}/{total} tokens</source>
        <translation>会話を読み込んでいます… {done}/{total}トークン</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The conversation is longer than the context: the oldest %n messages were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>会話がコンテキストより長いため、古いメッセージ%n件はモデルから見えなくなりました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopped before the answer began.</source>
        <translation>回答が始まる前に停止しました。</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../gpt4local/ui/chat/session.py" line="+85"/>
        <source>The chat history is closed.</source>
        <translation>チャット履歴は閉じられています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chats: {kind}: {error}</source>
        <translation>チャット：{kind}：{error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{error} Your chats are kept only until you quit, this time.</source>
        <translation>{error}今回は、チャットは終了するまでしか保持されません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your chats cannot be opened: {error}</source>
        <translation>チャットを開けません：{error}</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Could not export the chat to {path}: {reason}.</source>
        <translation>チャットを{path}にエクスポートできませんでした：{reason}。</translation>
    </message>
</context>
<context>
    <name>ChatSettingsPanel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/panel.py" line="+68"/>
        <location line="+4"/>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="+39"/>
        <source>Chat settings</source>
        <translation>チャット設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close the chat settings</source>
        <translation>チャット設定を閉じる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this chat only, from its next answer. New chats start from the defaults on the Settings page.</source>
        <translation>このチャットだけに、次の回答から適用されます。新しいチャットは「設定」ページの既定値で始まります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instructions the model follows in this chat</source>
        <translation>このチャットでモデルが従う指示</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Change it in the model&apos;s settings…</source>
        <translation>モデルの設定で変更…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The context length and chat template are the model&apos;s: the Settings page&apos;s Per model section changes them for every chat, and the model is loaded again.</source>
        <translation>コンテキスト長とチャットテンプレートはモデルのものです。「設定」ページの「モデル別」で変更するとすべてのチャットに適用され、モデルが読み込み直されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the context length or chat template in the model&apos;s settings</source>
        <translation>コンテキスト長やチャットテンプレートをモデルの設定で変更します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s defaults</source>
        <translation>モデルの既定値に戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This chat&apos;s system prompt and sampling values become the ones a new chat with this model starts from</source>
        <translation>このチャットのシステムプロンプトとサンプリングの値が、このモデルで新しいチャットを始めるときの値になります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset this chat to the model&apos;s defaults</source>
        <translation>このチャットをモデルの既定値に戻す</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context and template</source>
        <translation>コンテキストとテンプレート</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Context length: no model is loaded.</source>
        <translation>コンテキスト長：モデルが読み込まれていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length: {tokens} tokens. It belongs to the model ({model}), not to the chat: every chat shares it, and changing it loads the model again.</source>
        <translation>コンテキスト長：{tokens}トークン。これはチャットではなくモデル（{model}）の設定です。すべてのチャットで共通で、変更するとモデルが読み込み直されます。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{fields}: {problem}</source>
        <translation>{fields}：{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Until it is corrected, this chat keeps its last accepted value.</source>
        <translation>{problem}修正されるまで、このチャットは最後に受け付けた値を使います。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat template: your own, from this model&apos;s settings.</source>
        <translation>チャットテンプレート：このモデルの設定にある独自のテンプレート。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>このモデルには使えるチャットテンプレートがないため、{family}形式を使います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat template: the one in the model file.</source>
        <translation>チャットテンプレート：モデルファイルに含まれるもの。</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="-3"/>
        <source>Chat settings: system prompt, sampling, context ({keys})</source>
        <translation>チャット設定：システムプロンプト、サンプリング、コンテキスト（{keys}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows or hides this chat&apos;s system prompt and sampling settings ({keys})</source>
        <translation>このチャットのシステムプロンプトとサンプリング設定を表示または非表示にします（{keys}）</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_actions.py" line="+38"/>
        <location line="+2"/>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>reached the answer length limit</source>
        <translation>回答の長さの上限に達しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>コンテキストがいっぱい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Stopping the answer first…</source>
        <translation>先に回答を停止しています…</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+12"/>
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your message:</source>
        <translation>あなたのメッセージ：</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The %n message(s) after it will be replaced. Go on?</source>
        <translation>
            <numerusform>この後のメッセージ%n件が置き換えられます。続けますか？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{tokens} tokens · {rate} · first token after {seconds} s · {reason}</source>
        <translation>{tokens}トークン · {rate} · 最初のトークンまで{seconds}秒 · {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_list.py" line="+51"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min ago</source>
        <translation>{minutes}分前</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new chat ({keys})</source>
        <translation>新しいチャットを始めます（{keys}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the chats whose title or messages hold these words</source>
        <translation>タイトルかメッセージにこれらの語を含むチャットを表示します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter or double-click renames, Delete deletes; the context menu has both.</source>
        <translation>新しい順。Enterまたはダブルクリックで名前を変更、Deleteで削除します。右クリックメニューにもあります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+84"/>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Search looks at titles and messages; try other words.</source>
        <translation>検索ではタイトルとメッセージを調べます。別の語で試してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No chat matches “{words}”</source>
        <translation>「{words}」に一致するチャットはありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet</source>
        <translation>チャットはまだありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a message to start one.</source>
        <translation>メッセージを入力すると始まります。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this chat</source>
        <translation>このチャット</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete “{title}” and all its messages?</source>
        <translation>「{title}」とそのすべてのメッセージを削除しますか？</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_model.py" line="+115"/>
        <source>Part of this chat could not be saved earlier, so it was opened again as it is saved; nothing was deleted.</source>
        <translation>このチャットの一部が以前に保存できなかったため、保存されている状態で開き直しました。削除されたものはありません。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gpt4local/ui/i18n/core_messages.py" line="+31"/>
        <source>The memory {name} needs cannot be worked out: {detail}.</source>
        <translation>{name}に必要なメモリを算出できません：{detail}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a symbolic link that leads back to itself (a loop).</source>
        <translation>{name}は自分自身を指すシンボリックリンクです（ループ）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a link to a file that no longer exists.</source>
        <translation>{name}は、もう存在しないファイルへのリンクです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model file not found: {path}</source>
        <translation>モデルファイルが見つかりません：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the folder of {path}</source>
        <translation>{path}のフォルダーを読み取る権限がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path}を読み取れません：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a file: {path}</source>
        <translation>ファイルではありません：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read {path}</source>
        <translation>{path}を読み取る権限がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty (0 bytes): there is no model in it.</source>
        <translation>{name}は空です（0バイト）。モデルが入っていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;).</source>
        <translation>{name}はGGUFモデルファイルではありません（「GGUF」で始まっていません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is truncated or damaged: {detail}. Download it again.</source>
        <translation>{name}は途中で切れているか、壊れています：{detail}。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged: {detail}.</source>
        <translation>{name}は壊れています：{detail}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is truncated: it needs {needed} bytes but has {size}. Download it again.</source>
        <translation>{name}は途中で切れています。{needed}バイト必要ですが、{size}しかありません。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be loaded: {problem}.</source>
        <translation>{name}を読み込めません：{problem}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no &apos;general.architecture&apos; in its metadata.</source>
        <translation>{name}のメタデータに「general.architecture」がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} could not be read: {detail}</source>
        <translation>{name}を読み取れませんでした：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not in the models folder; it is not deleted.</source>
        <translation>{path}はモデルフォルダーにないため、削除しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot delete {name}: {reason}</source>
        <translation>{name}を削除できません：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the models folder {folder}</source>
        <translation>モデルフォルダー{folder}を読み取る権限がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the models folder {folder}: {reason}</source>
        <translation>モデルフォルダー{folder}を読み取れません：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing other programs could free enough memory.</source>
        <translation>ほかのプログラムを閉じると、十分なメモリを空けられるかもしれません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model was trained on {n_ctx_train} tokens of context.</source>
        <translation>このモデルは{n_ctx_train}トークンのコンテキストで学習されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no swap space: if it is loaded anyway, it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>このコンピューターにはスワップ領域がありません。それでも読み込むと失敗するか、メモリを空けるためにシステムがプログラム（このアプリも含む）を終了させることがあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading it anyway needs about {shortfall} more than is free, and only {free_swap} of swap is free: it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>それでも読み込むには空きより約{shortfall}多く必要ですが、スワップの空きは{free_swap}しかありません。失敗するか、メモリを空けるためにシステムがプログラム（このアプリも含む）を終了させることがあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading it anyway puts about {shortfall} in swap ({free_swap} free): the whole computer can become slow while it swaps to disk.</source>
        <translation>それでも読み込むと、約{shortfall}がスワップに置かれます（空き{free_swap}）。ディスクとのスワップ中は、コンピューター全体が遅くなることがあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available.</source>
        <translation>{name}はメモリに収まりません。コンテキスト{n_ctx}で{needed}必要ですが、使えるのは{available}です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; a context of {fitting} would fit.</source>
        <translation>{name}はメモリに収まりません。コンテキスト{n_ctx}で{needed}必要ですが、使えるのは{available}です。コンテキスト{fitting}なら収まります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; with a {kv_cache} KV cache a context of {fitting} would fit.</source>
        <translation>{name}はメモリに収まりません。コンテキスト{n_ctx}で{needed}必要ですが、使えるのは{available}です。{kv_cache}のKVキャッシュならコンテキスト{fitting}で収まります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model catalog lists no models to suggest.</source>
        <translation>モデルカタログに、おすすめできるモデルがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the catalog&apos;s models fits comfortably in the memory free now ({available}); the smallest, {name}, needs about {needed}. Close some programs, or browse all models for a smaller one.</source>
        <translation>カタログのどのモデルも、現在の空きメモリ（{available}）に余裕をもって収まりません。最も小さい{name}でも約{needed}必要です。ほかのプログラムを閉じるか、すべてのモデルからより小さいものを探してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp could not load {name} (architecture &apos;{architecture}&apos;): {reason}</source>
        <translation>llama.cpp は{name}（アーキテクチャ「{architecture}」）を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU load failed, using the CPU instead: {reason}</source>
        <translation>GPUへの読み込みに失敗したため、代わりにCPUを使います：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp cannot use a {kv_cache} KV cache with this model (it needs flash attention, which was refused), so the cache is f16.</source>
        <translation>このモデルでは llama.cpp は{kv_cache}のKVキャッシュを使えません（flash attentionが必要ですが、拒否されました）。そのためキャッシュはf16です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {name}: {reason}</source>
        <translation>{name}を読み取れませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {name}: {reason}</source>
        <translation>{name}を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: {reason}</source>
        <translation>生成に失敗しました：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: the answer ended without its statistics.</source>
        <translation>生成に失敗しました：回答が統計情報なしで終了しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is too long for the context window: it needs {needed} tokens (with the system prompt and chat template) and the context holds {n_ctx}, with room for an answer. Shorten the message or raise the context length.</source>
        <translation>メッセージが長すぎてコンテキストに収まりません。（システムプロンプトとチャットテンプレートを含めて）{needed}トークン必要ですが、コンテキストは回答の余地を含めて{n_ctx}トークンです。メッセージを短くするか、コンテキスト長を増やしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat template ({origin}) is not valid: {detail}</source>
        <translation>チャットテンプレート（{origin}）が正しくありません：{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped: {reason}.</source>
        <translation>チャットテンプレート（{origin}）が停止されました：{reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped.</source>
        <translation>チャットテンプレート（{origin}）が停止されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat template ({origin}) failed: {detail}</source>
        <translation>チャットテンプレート（{origin}）でエラーが発生しました：{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model&apos;s chat template was refused: {reason}. gpt4local uses the {family} format instead.</source>
        <translation>このモデルのチャットテンプレートは拒否されました：{reason}。gpt4local は代わりに{family}形式を使います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model&apos;s chat template is not valid Jinja ({detail}). gpt4local uses the {family} format instead.</source>
        <translation>このモデルのチャットテンプレートは正しい Jinja ではありません（{detail}）。gpt4local は代わりに{family}形式を使います。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is already installed.</source>
        <translation>{name}はすでにインストールされています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up {name}</source>
        <translation>{name}の情報の取得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading {name}</source>
        <translation>{name}のダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Hub did not say how large {name} is.</source>
        <translation>Hub が{name}のサイズを返しませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has changed on the Hub since this catalog was made (its checksum differs). Update the catalog, or pick the file in the Hugging Face search.</source>
        <translation>このカタログの作成後に、Hub 上の{name}が変更されました（チェックサムが違います）。カタログを更新するか、Hugging Face の検索でファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough disk space for {name}: it needs {needed} (including {margin} to spare) and {folder} has {free} free.</source>
        <translation>{name}を保存するディスク容量が足りません。{needed}（余裕分{margin}を含む）必要ですが、{folder}の空きは{free}です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the server sent more bytes than the file has; the partial download was deleted. Try again.</source>
        <translation>{name}：サーバーがファイルより多くのバイトを送ってきたため、途中までのダウンロードを削除しました。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to continue {name}.</source>
        <translation>サーバーが{name}の続きのダウンロードを拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered {status}.</source>
        <translation>サーバーの応答は{status}でした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full ({folder}). {kept} Free some space, then try again.</source>
        <translation>ディスクがいっぱいです（{folder}）。{kept}空き容量を作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path}に書き込めません：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} arrived damaged (its sha256 does not match the published one), so it was deleted. Download it again.</source>
        <translation>{name}は壊れた状態で届いたため（sha256が公開値と一致しません）、削除しました。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be downloaded. {reason}</source>
        <translation>{name}をダウンロードできません。{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} stopped: {reason} (after {retries} retries). {kept}</source>
        <translation>{name}が停止しました：{reason}（{retries}回再試行した後）。{kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered {status}</source>
        <translation>サーバーの応答は{status}でした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was downloaded; try again later.</source>
        <translation>何もダウンロードされていません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {size} downloaded so far is kept: try again to continue from there.</source>
        <translation>ダウンロード済みの{size}は残してあります。もう一度試すと、そこから続きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{repo} is gated: accept its conditions on the Hugging Face website, then add an access token (Access token… on the Hugging Face tab, `gpt4local models token set`, or the HF_TOKEN environment variable).</source>
        <translation>{repo}はアクセス申請が必要です。Hugging Face のウェブサイトで利用条件に同意してから、アクセストークンを追加してください（「Hugging Face」タブの「アクセストークン…」、`gpt4local models token set`、または環境変数HF_TOKEN）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} was not found on {endpoint} (or it is private and needs a token).</source>
        <translation>{repo}が{endpoint}に見つかりませんでした（または非公開で、トークンが必要です）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{repo} has no such revision.</source>
        <translation>{repo}にそのリビジョンはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is not in {repo}.</source>
        <translation>そのファイルは{repo}にありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered {status}.</source>
        <translation>{what}に失敗しました：Hub の応答は{status}でした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered 429 (too many requests: wait a minute).</source>
        <translation>{what}に失敗しました：Hub の応答は429でした（リクエストが多すぎます。1分ほど待ってください）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} failed. {reason}</source>
        <translation>{what}に失敗しました。{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: {endpoint} sent an answer gpt4local does not understand ({detail}).</source>
        <translation>{what}に失敗しました：{endpoint}から gpt4local が理解できない応答が返りました（{detail}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching Hugging Face</source>
        <translation>Hugging Face の検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the files of {repo}</source>
        <translation>{repo}のファイル一覧の取得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the header of {name}</source>
        <translation>{name}のヘッダーの読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ends inside its GGUF header.</source>
        <translation>{name}はGGUFヘッダーの途中で終わっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a usable GGUF: {detail}.</source>
        <translation>{name}は使用できるGGUFではありません：{detail}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network access is switched off (HF_HUB_OFFLINE is set); unset it to download.</source>
        <translation>ネットワークアクセスがオフになっています（HF_HUB_OFFLINEが設定されています）。ダウンロードするには設定を解除してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server redirected to {target}: only http:// and https:// addresses are followed.</source>
        <translation>サーバーが{target}にリダイレクトしました。たどるのはhttp://とhttps://のアドレスだけです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time.</source>
        <translation>{host}が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to {host}: check the internet connection or proxy.</source>
        <translation>{host}に接続できません。インターネット接続かプロキシを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to {host} broke: {detail}.</source>
        <translation>{host}との接続が切れました：{detail}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} answered {status} for {url}.</source>
        <translation>{host}は{url}に対して{status}を返しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to {host} failed: {detail}</source>
        <translation>{host}との通信に失敗しました：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a web address: {url}</source>
        <translation>ウェブアドレスではありません：{url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} sent more than {limit} bytes; ignored.</source>
        <translation>{url}が{limit}バイトを超えて送ってきたため、無視しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} did not send {url} within {seconds} s.</source>
        <translation>{host}は{seconds}秒以内に{url}を送りませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save your chats: {reason}</source>
        <translation>チャットを保存できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import the chat: {reason}</source>
        <translation>チャットをインポートできませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not update the search index: {reason}</source>
        <translation>検索インデックスを更新できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not upgrade your chats to version {version} (they were left as they were): {reason}</source>
        <translation>チャットをバージョン{version}にアップグレードできませんでした（元のまま残してあります）：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full ({detail}). Free some space, then try again</source>
        <translation>ディスクがいっぱいです（{detail}）。空き容量を作ってから、もう一度お試しください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read your chats: {reason}</source>
        <translation>チャットを読み取れませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open your chats ({path}): {reason}</source>
        <translation>チャット（{path}）を開けませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not create the folder for your chats: {reason}</source>
        <translation>チャット用のフォルダーを作成できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chats ({path}) are damaged and could not be set aside: {reason}</source>
        <translation>チャット（{path}）が壊れていて、別の場所に退避できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chat history was damaged and could not be read. It was kept as {name} in {folder} and a new, empty history was started.</source>
        <translation>チャット履歴が壊れていて読み取れませんでした。{folder}に{name}として残し、新しい空の履歴を開始しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your chats ({path}) were written by a newer gpt4local (chat file version {version}; this one reads up to version {supported}). Update gpt4local to open them; the file was left unchanged.</source>
        <translation>チャット（{path}）は新しいバージョンの gpt4local で書き込まれています（チャットファイルのバージョン{version}。このバージョンが読めるのは{supported}までです）。開くには gpt4local を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not back up your chats before upgrading them ({reason}); nothing was changed.</source>
        <translation>アップグレード前にチャットをバックアップできませんでした（{reason}）。何も変更していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context length must be at least 64 tokens, not {value}.</source>
        <translation>コンテキスト長は64トークン以上にしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads must be 0 (automatic) or more, not {value}.</source>
        <translation>CPUスレッド数は0（自動）以上にしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch size must be at least 1, not {value}.</source>
        <translation>バッチサイズは1以上にしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The KV cache type must be one of {choices}, not {value}.</source>
        <translation>KVキャッシュの種類は{choices}のいずれかにしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature must be 0 or more, not {value}.</source>
        <translation>温度は0以上にしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_p must be more than 0 and at most 1, not {value}.</source>
        <translation>top_pは0より大きく1以下にしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_k must be 0 (off) or more, not {value}.</source>
        <translation>top_kは0（オフ）以上にしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min_p must be from 0 (off) to 1, not {value}.</source>
        <translation>min_pは0（オフ）から1の間にしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repeat penalty must be more than 0 (1.0 turns it off), not {value}.</source>
        <translation>繰り返しペナルティは0より大きい値にしてください（1.0でオフ。現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat window must be 0 or more, not {value}.</source>
        <translation>繰り返しペナルティの範囲は0以上にしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer length must be 0 (until the context is full) or more, not {value}.</source>
        <translation>回答の長さは0（コンテキストがいっぱいになるまで）以上にしてください（現在の値：{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quantised KV cache needs flash attention.</source>
        <translation>量子化したKVキャッシュにはflash attentionが必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU layers must be -1 (as many as fit), 0 (CPU only) or more.</source>
        <translation>GPUレイヤー数は-1（収まるだけ）、0（CPUのみ）、またはそれ以上にしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} {then}</source>
        <comment>two sentences, one after the other</comment>
        <translation>{first}{then}</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../gpt4local/ui/models/downloads_panel.py" line="+57"/>
        <source>Progress of {name}</source>
        <translation>{name}の進行状況</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Pause, resume or retry downloading {name}</source>
        <translation>{name}のダウンロードを一時停止、再開、または再試行します</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Stop downloading {name}, or take it off this list</source>
        <translation>{name}のダウンロードを中止するか、この一覧から外します</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking {percent}%</source>
        <translation>確認中{percent}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%p%</source>
        <comment>the progress bar&apos;s percentage</comment>
        <translation>%p%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the download before it</source>
        <translation>前のダウンロードを待っています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused · {figures}</source>
        <translation>一時停止中 · {figures}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed: {path}</source>
        <translation>インストール済み：{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>一覧から削除</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location line="-98"/>
        <source>{done} of {total} ({percent}%)</source>
        <translation>{done} / {total}（{percent}%）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{duration} left</source>
        <translation>残り{duration}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the file (sha256)</source>
        <translation>ファイルを確認中（sha256）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location line="+91"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
</context>
<context>
    <name>FirstStartFlow</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/flow.py" line="+79"/>
        <source>Starting the download…</source>
        <translation>ダウンロードを開始しています…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{done} of {total} already downloaded: the download continues from there.</source>
        <translation>{total}のうち{done}はダウンロード済みです。そこから続けます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} already downloaded: the download continues from there.</source>
        <translation>{done}はダウンロード済みです。そこから続けます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for another download to finish…</source>
        <translation>ほかのダウンロードの完了を待っています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retrying · {figures}</source>
        <translation>再試行中 · {figures}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading · {figures}</source>
        <translation>ダウンロード中 · {figures}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} was not loaded.</source>
        <translation>{name}は読み込まれませんでした。</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <location filename="../../gpt4local/ui/engine/fit_dialog.py" line="+38"/>
        <source>This model may not fit in memory</source>
        <translation>このモデルはメモリに収まらないかもしれません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} needs about {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model}はコンテキスト{context}トークンで約{needed}のメモリが必要ですが、現在使えるのは{available}です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{model} needs {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model}はコンテキスト{context}トークンで{needed}のメモリが必要ですが、現在使えるのは{available}です。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KVキャッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>GPUレイヤー数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load with these settings</source>
        <translation>この設定で読み込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway</source>
        <translation>それでも読み込む</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A context of {context} tokens fits if the KV cache is {cache}.</source>
        <translation>KVキャッシュを{cache}にすれば、{context}トークンのコンテキストが収まります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {context} tokens fits.</source>
        <translation>{context}トークンのコンテキストなら収まります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even the shortest context does not fit; choose a smaller model.</source>
        <translation>最も短いコンテキストでも収まりません。より小さいモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>FitWords</name>
    <message>
        <location filename="../../gpt4local/ui/models/fit_labels.py" line="+19"/>
        <source>✓ fits</source>
        <translation>✓ 収まる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ tight</source>
        <comment>the model only just fits in memory</comment>
        <translation>⚠ ぎりぎり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ too big</source>
        <translation>✗ 収まらない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ cannot load</source>
        <translation>✗ 読み込み不可</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fits comfortably: needs about {need} at context {context}, {available} available</source>
        <translation>余裕で収まる：コンテキスト{context}で約{need}必要、空き{available}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fits comfortably: needs {need} at context {context}, {available} available</source>
        <translation>余裕で収まる：コンテキスト{context}で{need}必要、空き{available}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tight: needs about {need} at context {context}, {available} available</source>
        <translation>ぎりぎり：コンテキスト{context}で約{need}必要、空き{available}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tight: needs {need} at context {context}, {available} available</source>
        <translation>ぎりぎり：コンテキスト{context}で{need}必要、空き{available}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not fit: needs about {need} at context {context}, {available} available</source>
        <translation>収まらない：コンテキスト{context}で約{need}必要、空き{available}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not fit: needs {need} at context {context}, {available} available</source>
        <translation>収まらない：コンテキスト{context}で{need}必要、空き{available}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest context that fits: {tokens} tokens.</source>
        <translation>収まる最大のコンテキスト：{tokens}トークン。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n layers fit in the GPU&apos;s memory.</source>
        <translation>
            <numerusform>GPUのメモリに%nレイヤーが収まります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} B</source>
        <comment>billions of parameters</comment>
        <translation>{number}B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} M</source>
        <comment>millions of parameters</comment>
        <translation>{number}M</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approximate: estimated from the file size alone.</source>
        <translation>概算：ファイルサイズだけから見積もっています。</translation>
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
        <translation>システムの既定（{size} pt）</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/i18n/formatting.py" line="+23"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%nバイト</numerusform>
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
        <translation>{rate}トークン/秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{seconds} s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}分{seconds}秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{first}, {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second}</source>
        <translation>{first}と{second}</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/pages.py" line="+37"/>
        <source>Folder for models</source>
        <translation>モデルのフォルダー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model used last</source>
        <translation>最後に使ったモデル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads for generating. Automatic uses up to 4 cores.</source>
        <translation>生成に使うCPUスレッド数。自動では最大4コアを使います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read my message while I type</source>
        <translation>入力中にメッセージを先読みする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When typing pauses, the model reads what is written so far, so the answer starts at once when it is sent. Uses the CPU during those pauses.</source>
        <translation>入力が止まると、それまでに書いた内容をモデルが先に読み込むので、送信するとすぐに回答が始まります。その間CPUを使います。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Models folder:</source>
        <translation>モデルフォルダー：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>テーマ：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size:</source>
        <translation>文字サイズ：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model at start:</source>
        <translation>起動時のモデル：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>CPUスレッド：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} (not found)</source>
        <translation>{name}（見つかりません）</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <location filename="../../gpt4local/ui/settings/generation_form.py" line="+53"/>
        <source> tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions the model sees before every chat.</source>
        <translation>すべてのチャットの前にモデルが読む指示です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher gives more varied answers; 0 always picks the likeliest word.</source>
        <translation>高いほど回答に変化が出ます。0では常に最も確率の高い語を選びます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from the likeliest words whose probabilities add up to this.</source>
        <translation>確率の合計がこの値になるまでの、最も確率の高い語だけから選びます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from this many likeliest words.</source>
        <translation>確率の高い順に、この数の語だけから選びます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop words less likely than this fraction of the likeliest one.</source>
        <translation>最も確率の高い語に対する割合がこれより低い語を除外します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty</source>
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above 1 discourages repeating recent words; 1 turns it off.</source>
        <translation>1より大きいと、最近使った語の繰り返しを抑えます。1でオフです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty window</source>
        <translation>繰り返しペナルティの範囲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many recent tokens the repeat penalty looks at.</source>
        <translation>繰り返しペナルティが対象にする直近のトークン数です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max answer length</source>
        <translation>回答の最大長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until the context is full</source>
        <translation>コンテキストがいっぱいになるまで</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest answer; a token is about three quarters of a word. Without a limit the model writes until it is done or the context is full.</source>
        <translation>回答の最大の長さです。1トークンは英単語のおよそ4分の3です。上限がないと、モデルは書き終えるかコンテキストがいっぱいになるまで書き続けます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of the conversation the model sees. More needs more memory.</source>
        <translation>モデルが見る会話の量です。多いほどメモリが必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens processed at once: larger is faster and needs more memory.</source>
        <translation>一度に処理するプロンプトのトークン数です。大きいほど速く、メモリを多く使います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers</source>
        <translation>GPUレイヤー数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As many as fit</source>
        <translation>収まるだけ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to run on the GPU, where this build can use one; 0 runs on the CPU only.</source>
        <translation>GPUで動かすレイヤー数です（このビルドがGPUを使える場合）。0ではCPUだけで動きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KV cache</source>
        <translation>KVキャッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16-bit (f16)</source>
        <translation>16ビット（f16）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0): half the memory</source>
        <translation>8ビット（q8_0）：メモリ半分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0): a quarter of the memory</source>
        <translation>4ビット（q4_0）：メモリ4分の1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the model keeps the conversation. 8-bit fits twice the context in the same memory, with almost no loss; 4-bit four times, with some.</source>
        <translation>モデルが会話を保持する場所です。8ビットでは同じメモリに2倍のコンテキストが入り、劣化はほとんどありません。4ビットでは4倍入り、多少劣化します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed seed gives the same answer to the same prompt.</source>
        <translation>シードを固定すると、同じプロンプトに同じ回答が返ります。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use a different value for this model</source>
        <translation>このモデルでは別の値を使う</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/hub_tab.py" line="+50"/>
        <source>Search Hugging Face for GGUF models, e.g. “qwen 7b”</source>
        <translation>Hugging Face でGGUFモデルを検索（例：「qwen 7b」）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Face を検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in a GGUF repository&apos;s name; Enter searches</source>
        <translation>GGUFリポジトリ名に含まれる語。Enterで検索します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the results</source>
        <translation>結果の並び順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most downloaded</source>
        <translation>ダウンロード数順</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most liked</source>
        <translation>いいね数順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently updated</source>
        <translation>最近の更新順</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trending</source>
        <translation>トレンド</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>Search</source>
        <comment>verb</comment>
        <translation>検索</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Search Hugging Face for GGUF models</source>
        <translation>Hugging Face でGGUFモデルを検索します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token…</source>
        <translation>アクセストークン…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For gated models (Llama, Gemma…): a Hugging Face token of an account that accepted the model&apos;s conditions</source>
        <translation>アクセス申請が必要なモデル（Llama、Gemma…）用：モデルの利用条件に同意した Hugging Face アカウントのトークン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{repository}  🔒 gated</source>
        <translation>{repository}  🔒 要申請</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloads</source>
        <comment>how often a model was downloaded</comment>
        <translation>ダウンロード数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repositories found</source>
        <translation>見つかったリポジトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one to list its GGUF files</source>
        <translation>選ぶとGGUFファイルの一覧が表示されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ installed</source>
        <translation>✓ インストール済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not supported</source>
        <translation>未対応</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>メモリに収まる？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GGUF files of the chosen repository</source>
        <translation>選んだリポジトリのGGUFファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per quantisation; double-click downloads it</source>
        <translation>量子化ごとに1ファイル。ダブルクリックでダウンロードします</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a repository, then a file (quantisation) to download.</source>
        <translation>リポジトリを選び、次にダウンロードするファイル（量子化）を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen file into the models folder</source>
        <translation>選んだファイルをモデルフォルダーにダウンロードします</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search Hugging Face for a model</source>
        <translation>Hugging Face でモデルを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name above, e.g. “qwen 7b” or “llama 3.2”, and press Enter. Each file then says whether it fits this computer.</source>
        <translation>上に名前（例：「qwen 7b」や「llama 3.2」）を入力してEnterを押してください。各ファイルに、このコンピューターのメモリに収まるかが表示されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repositories found.</source>
        <translation>
            <numerusform>%n件のリポジトリが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found; try other words.</source>
        <translation>見つかりませんでした。別の語で試してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing on Hugging Face matches “{words}”</source>
        <translation>Hugging Face に「{words}」に一致するものはありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try other words, or fewer: a model family alone (“qwen”, “gemma”, “phi”) finds the most. Only repositories with GGUF files are listed.</source>
        <translation>別の語か、より少ない語で試してください。モデルのシリーズ名だけ（「qwen」「gemma」「phi」）だと最も多く見つかります。一覧に出るのはGGUFファイルのあるリポジトリだけです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listing the files of {repository}…</source>
        <translation>{repository}のファイルを取得中…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n GGUF files in {repository}.</source>
        <translation>
            <numerusform>{repository}にGGUFファイルが%n個あります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{repository} has no GGUF files.</source>
        <translation>{repository}にはGGUFファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>split into %n files; gpt4local downloads single-file GGUFs only (choose a smaller quantisation)</source>
        <translation>
            <numerusform>%n個のファイルに分割されています。gpt4local がダウンロードできるのは単一ファイルのGGUFだけです（より小さい量子化を選んでください）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a vision projector (mmproj), not a chat model</source>
        <translation>ビジョン用プロジェクター（mmproj）で、チャットモデルではありません</translation>
    </message>
</context>
<context>
    <name>InstalledTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="+53"/>
        <source>{name} (added from elsewhere)</source>
        <translation>{name}（ほかの場所から追加）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantisation</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits here?</source>
        <translation>メモリに収まる？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed models</source>
        <translation>インストール済みのモデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a model to chat with it</source>
        <translation>モデルをダブルクリックするとチャットできます</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>No models installed yet</source>
        <translation>インストール済みのモデルはまだありません</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Browse the catalog</source>
        <translation>カタログを見る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curated models, each with whether it fits this computer</source>
        <translation>厳選したモデル。それぞれこのコンピューターのメモリに収まるかを表示します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Face を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find any GGUF model on Hugging Face</source>
        <translation>Hugging Face でGGUFモデルを探します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add model file…</source>
        <translation>モデルファイルを追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a GGUF file you already have, where it is</source>
        <translation>手持ちのGGUFファイルを、その場所のまま使います</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with it</source>
        <translation>このモデルでチャット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected model and open the chat</source>
        <translation>選んだモデルを読み込んでチャットを開きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected model&apos;s file, after asking</source>
        <translation>確認のうえ、選んだモデルのファイルを削除します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder that holds the selected model in the file manager</source>
        <translation>選んだモデルのあるフォルダーをファイルマネージャーで開きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change models folder…</source>
        <translation>モデルフォルダーを変更…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder models are downloaded to and looked for in</source>
        <translation>モデルのダウンロード先と検索先のフォルダーを選びます</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Models folder: {folder}</source>
        <translation>モデルフォルダー：{folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download one from the catalog (★ marks a good first choice), search Hugging Face, or add a GGUF file you already have. Downloads go to the models folder, {folder}; a model copied there shows up here by itself.</source>
        <translation>カタログからダウンロードするか（★は最初におすすめ）、Hugging Face を検索するか、手持ちのGGUFファイルを追加してください。ダウンロードはモデルフォルダー{folder}に保存されます。そこにコピーしたモデルは自動的にここに表示されます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove {name} from the list? The file stays where it is ({folder}).</source>
        <translation>{name}を一覧から外しますか？ファイルは元の場所（{folder}）に残ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} ({size}) from disk?</source>
        <translation>{name}（{size}）をディスクから削除しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a GGUF model file</source>
        <translation>GGUFモデルファイルを追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the models folder</source>
        <translation>モデルフォルダーを選択</translation>
    </message>
</context>
<context>
    <name>KvCache</name>
    <message>
        <location filename="../../gpt4local/ui/settings/generation_form.py" line="-122"/>
        <source>16-bit (f16)</source>
        <translation>16ビット（f16）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0)</source>
        <translation>8ビット（q8_0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0)</source>
        <translation>4ビット（q4_0）</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../gpt4local/ui/settings/language_choice.py" line="+30"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language shows after a restart.</source>
        <translation>新しい言語は再起動後に表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gpt4local/ui/window/main_window.py" line="+111"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a model…</source>
        <translation>モデルを選択…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add a GGUF model file</source>
        <translation>GGUFモデルファイルを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUFモデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>このモデルには使えるチャットテンプレートがないため、{family}形式を使います。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save settings: {problem}</source>
        <translation>設定を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Generation settings: {problem}; the defaults are used.</source>
        <translation>生成の設定：{problem}。既定値を使います。</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/actions.py" line="+27"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message&apos;s text</source>
        <translation>このメッセージのテキストをコピーします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message and send it again</source>
        <translation>このメッセージを編集して送り直します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this answer again</source>
        <translation>この回答をもう一度生成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on writing this answer where it stopped</source>
        <translation>止まったところからこの回答の続きを書きます</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message actions</source>
        <translation>メッセージの操作</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="+42"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>メッセージを入力（Enterで送信、Shift+Enterで改行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="-148"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUFモデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../gpt4local/ui/engine/loader.py" line="+67"/>
        <source>Load settings: {problem}; the defaults are used.</source>
        <translation>読み込みの設定：{problem}。既定値を使います。</translation>
    </message>
</context>
<context>
    <name>ModelPopup</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/popup.py" line="+42"/>
        <source>No models yet — download one on the Models page, or “Add model file…”</source>
        <translation>モデルがまだありません。「モデル」ページでダウンロードするか、「モデルファイルを追加…」を使ってください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a model</source>
        <translation>モデルを選択</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search models</source>
        <translation>モデルを検索</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add model file…</source>
        <translation>モデルファイルを追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a GGUF file from anywhere</source>
        <translation>任意の場所からGGUFファイルを読み込みます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage models</source>
        <translation>モデルを管理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the Models page: download, delete and see every installed model</source>
        <translation>「モデル」ページを表示します：インストール済みのモデルの一覧、ダウンロード、削除</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No model matches “{words}”</source>
        <translation>「{words}」に一致するモデルはありません</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/entries.py" line="+31"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed; still loaded</source>
        <translation>削除済み（読み込まれたまま）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added from elsewhere</source>
        <translation>ほかの場所から追加</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>loaded</source>
        <translation>読み込み済み</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/row_delegate.py" line="+24"/>
        <source>Loaded</source>
        <translation>読み込み済み</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/selector.py" line="+41"/>
        <source>Choose a model</source>
        <translation>モデルを選択</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the model</source>
        <translation>モデルを読み込み中</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Loading {name}…</source>
        <translation>{name}を読み込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading {name}… {percent}%</source>
        <translation>{name}を読み込み中… {percent}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{type} KV cache</source>
        <translation>{type} KVキャッシュ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {tokens}</source>
        <translation>コンテキスト：{tokens}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No model loaded · %n installed</source>
        <translation>
            <numerusform>モデル未読み込み · %n個インストール済み</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model loaded · add one or download one</source>
        <translation>モデル未読み込み · 追加またはダウンロードしてください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the model to chat with ({keys})</source>
        <translation>チャットに使うモデルを選びます（{keys}）</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../gpt4local/ui/models/page.py" line="+64"/>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed</source>
        <comment>the tab of installed models</comment>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where models come from</source>
        <translation>モデルの入手先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curated models, each judged for this computer</source>
        <translation>厳選したモデル。それぞれこのコンピューター向けに評価済みです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face for any GGUF model</source>
        <translation>Hugging Face で任意のGGUFモデルを検索します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models on this computer</source>
        <translation>このコンピューター上のモデル</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Could not list the installed models: {reason}</source>
        <translation>インストール済みのモデルを一覧表示できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="+161"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>PerModelPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/per_model.py" line="+62"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset this model to the defaults</source>
        <translation>このモデルを既定値に戻す</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model:</source>
        <translation>モデル：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings for this model (checked ones replace the defaults)</source>
        <translation>このモデルの設定（チェックした項目が既定値の代わりに使われます）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat template</source>
        <translation>チャットテンプレート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No models are installed yet: add one on the Models page.</source>
        <translation>インストール済みのモデルはまだありません。「モデル」ページで追加してください。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{model}: {problem}</source>
        <translation>{model}：{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template of {model}: {problem}</source>
        <translation>{model}のチャットテンプレート：{problem}</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="-81"/>
        <source>{first} or {second}</source>
        <translation>{first}または{second}</translation>
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
        <translation>「{page}」ページを表示します。ショートカット：{shortcuts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the {page} page</source>
        <translation>「{page}」ページを表示します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{description}. {why}</source>
        <translation>{description}。{why}</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/card.py" line="+24"/>
        <source>Download and start chatting</source>
        <translation>ダウンロードしてチャットを始める</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what is already here is kept, and the next download resumes from it</source>
        <translation>ダウンロードを中止します。ダウンロード済みの部分は残り、次のダウンロードはそこから再開します</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on from the step that failed</source>
        <translation>失敗した手順から続けます</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>NO MODEL TO SUGGEST</source>
        <translation>おすすめできるモデルがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model in the catalog fits this computer comfortably</source>
        <translation>このコンピューターで余裕をもって動くモデルがカタログにありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RECOMMENDED FOR THIS COMPUTER</source>
        <translation>このコンピューターへのおすすめ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download {name} ({size}), load it and open a chat</source>
        <translation>{name}（{size}）をダウンロードし、読み込んでチャットを開きます</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{size} download · {parameters} parameters · {verdict}</source>
        <translation>ダウンロード：{size} · パラメーター：{parameters} · {verdict}</translation>
    </message>
</context>
<context>
    <name>SendButton</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="-15"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>送信（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
</context>
<context>
    <name>SettingsLink</name>
    <message>
        <location filename="../../gpt4local/ui/window/settings_link.py" line="+62"/>
        <source>Your changed settings are not applied yet: they wait on the Settings page.</source>
        <translation>変更した設定はまだ適用されていません。「設定」ページで待機中です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>changes not applied yet</source>
        <translation>変更は未適用</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings not applied</source>
        <translation>設定が未適用です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings were changed on the Settings page but not applied. Apply them?</source>
        <translation>「設定」ページで変更した設定がまだ適用されていません。適用しますか？</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/page.py" line="+57"/>
        <source>context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>GPUレイヤー数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KVキャッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPUスレッド数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat template</source>
        <translation>チャットテンプレート</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings as they were last applied</source>
        <translation>最後に適用した設定を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reset to defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used for every model, except where the Per model tab says otherwise.</source>
        <translation>すべてのモデルに使われます。ただし「モデル別」タブで指定したものは除きます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per model</source>
        <translation>モデル別</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{settings}: {problem}</source>
        <translation>{settings}：{problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the value on the {tab} tab first.</source>
        <translation>先に「{tab}」タブの値を修正してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The new {setting} applies when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>新しい{setting}は、{model}を読み込み直すと適用されます。モデル選択でもう一度選んでください。ほかの設定は次の回答から適用されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new {setting} apply when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>新しい{setting}は、{model}を読み込み直すと適用されます。モデル選択でもう一度選んでください。ほかの設定は次の回答から適用されます。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../gpt4local/ui/window/single_instance.py" line="+65"/>
        <source>process {pid}</source>
        <translation>プロセス{pid}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another process</source>
        <translation>別のプロセス</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../gpt4local/ui/app.py" line="+48"/>
        <source>Cannot create the data folders ({problem}). Set GPT4LOCAL_HOME to a writable folder.</source>
        <translation>データフォルダーを作成できません（{problem}）。GPT4LOCAL_HOMEを書き込み可能なフォルダーに設定してください。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{app} is already running with the data folder {folder} ({holder}), and its window did not come forward. Close it first, or set GPT4LOCAL_HOME to another folder to run a second copy.</source>
        <translation>{app} はすでにデータフォルダー{folder}で実行中ですが（{holder}）、ウィンドウが前面に出てきませんでした。先にそれを閉じるか、2つ目を実行するにはGPT4LOCAL_HOMEを別のフォルダーに設定してください。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../gpt4local/ui/settings/template_editor.py" line="+57"/>
        <source>Chat template</source>
        <translation>チャットテンプレート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s template</source>
        <translation>モデルのテンプレートに戻す</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample conversation rendered with the template</source>
        <translation>テンプレートで表示した会話の例</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model chosen.</source>
        <translation>モデルが選ばれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the model file…</source>
        <translation>モデルファイルを読み込み中…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s template could not be read: {problem}</source>
        <translation>モデルのテンプレートを読み取れませんでした：{problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model has no chat template; gpt4local uses the {family} format.</source>
        <translation>このモデルにはチャットテンプレートがありません。gpt4local は{family}形式を使います。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A sample conversation with this template (special tokens such as BOS left out):</source>
        <translation>このテンプレートでの会話の例（BOSなどの特殊トークンは省略）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{caption} {note}</source>
        <translation>{caption}{note}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Custom template: it replaces the model&apos;s own for this model.</source>
        <translation>カスタムテンプレート：このモデルでは、モデル自身のテンプレートの代わりに使われます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s own template, from its file.</source>
        <translation>モデル自身のテンプレート（ファイルから）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fallback template gpt4local chose for this model.</source>
        <translation>gpt4local がこのモデル用に選んだ代替テンプレート。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the model&apos;s own template.</source>
        <translation>空欄にすると、モデル自身のテンプレートを使います。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The model&apos;s own template fails: {problem}</source>
        <translation>モデル自身のテンプレートでエラーが発生します：{problem}</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../gpt4local/ui/models/token_dialog.py" line="+21"/>
        <source>The token in the HF_TOKEN environment variable is used (it comes before a saved one).</source>
        <translation>環境変数HF_TOKENのトークンを使っています（保存済みのトークンより優先されます）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token is saved in {keychain}.</source>
        <translation>トークンは{keychain}に保存されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is saved &lt;b&gt;in plain text&lt;/b&gt; in settings.json by an older gpt4local. Remove it, then save it again or set HF_TOKEN.</source>
        <translation>古い gpt4local によって、トークンがsettings.jsonに&lt;b&gt;平文で&lt;/b&gt;保存されています。削除してから保存し直すか、HF_TOKENを設定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token is saved; the one from &lt;code&gt;hf auth login&lt;/code&gt; is used if you have one.</source>
        <translation>トークンは保存されていません。&lt;code&gt;hf auth login&lt;/code&gt;でログインしていれば、そのトークンを使います。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Hugging Face access token</source>
        <translation>Hugging Face アクセストークン</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Gated models (Llama, Gemma…) need a token of a Hugging Face account that accepted their conditions.</source>
        <translation>アクセス申請が必要なモデル（Llama、Gemma…）には、利用条件に同意した Hugging Face アカウントのトークンが必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts with hf_; saved in the system keychain</source>
        <translation>hf_で始まります。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save in keychain</source>
        <translation>キーチェーンに保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove saved token</source>
        <translation>保存したトークンを削除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{problem} gpt4local cannot save a token here and never writes one into its own files. Set the &lt;b&gt;HF_TOKEN&lt;/b&gt; environment variable instead (for example in ~/.profile), then restart gpt4local.</source>
        <translation>{problem} gpt4local はここにトークンを保存できません。また、自分のファイルにトークンを書き込むことはありません。代わりに環境変数&lt;b&gt;HF_TOKEN&lt;/b&gt;を設定し（例：~/.profile）、gpt4local を再起動してください。</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/blocks.py" line="+32"/>
        <location line="+1"/>
        <source>end</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>長さの上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>コンテキストがいっぱい</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{tokens} tokens · {rate} · first token {seconds} s</source>
        <translation>{tokens}トークン · {rate} · 最初のトークンまで{seconds}秒</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/transcript/view.py" line="+75"/>
        <location line="+102"/>
        <source>Choose a model above, then type a message below.</source>
        <translation>上でモデルを選び、下にメッセージを入力してください。</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move between messages; Tab reaches the message&apos;s actions.</source>
        <translation>Ctrl+上矢印とCtrl+下矢印でメッセージ間を移動します。Tabでメッセージの操作に移ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+229"/>
        <source>Copy</source>
        <comment>a code block&apos;s text</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>{model} is ready: type a message below.</source>
        <translation>{model}の準備ができました。下にメッセージを入力してください。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>… {count} more characters are not shown here. Copy, or export the chat, to have all of it.</source>
        <translation>…ほかに{count}文字がここには表示されていません。すべてを見るには、コピーするかチャットをエクスポートしてください。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/page.py" line="+40"/>
        <source>Add a GGUF model file</source>
        <translation>GGUFモデルファイルを追加</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Start chatting</source>
        <translation>チャットを始める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new chat with your models</source>
        <translation>モデルで新しいチャットを開きます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a model file I already have</source>
        <translation>手持ちのモデルファイルを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF file on this computer; it is loaded and a chat opens</source>
        <translation>このコンピューター上のGGUFファイルを選びます。読み込まれてチャットが開きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse all models</source>
        <translation>すべてのモデルを見る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the whole catalog and search Hugging Face</source>
        <translation>カタログ全体を見て、Hugging Face を検索します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the models folder in the file manager</source>
        <translation>モデルフォルダーをファイルマネージャーで表示します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the models folder</source>
        <translation>モデルフォルダーを変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder in Settings</source>
        <translation>設定で別のフォルダーを選びます</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Models are kept in {folder}</source>
        <translation>モデルの保存先：{folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome back</source>
        <translation>おかえりなさい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to gpt4local</source>
        <translation>gpt4local へようこそ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your models are ready. Pick up where you left off, or try another model.</source>
        <translation>モデルの準備ができています。前回の続きから始めるか、別のモデルを試してみましょう。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it. Start with the model below, picked for this computer.</source>
        <translation>このコンピューター上だけで動くAIモデルとチャットしましょう。入力した内容が外に出ることはありません。まずは、このコンピューター向けに選んだ下のモデルから始めましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it.</source>
        <translation>このコンピューター上だけで動くAIモデルとチャットしましょう。入力した内容が外に出ることはありません。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gpt4local/ui/window/menus.py" line="+44"/>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus the message box</source>
        <translation>メッセージ入力欄へ移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop generating</source>
        <translation>生成を停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the last answer</source>
        <translation>最後の回答をコピー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as Markdown…</source>
        <translation>Markdownとしてエクスポート…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as JSON…</source>
        <translation>JSONとしてエクスポート…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from JSON…</source>
        <translation>JSONからインポート…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About gpt4local</source>
        <translation>gpt4local について</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied the last answer.</source>
        <translation>最後の回答をコピーしました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: this chat has no messages.</source>
        <translation>まだエクスポートするものがありません。このチャットにはメッセージがありません。</translation>
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
        <translation>チャットをエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the chat to {path}.</source>
        <translation>チャットを{path}にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a chat</source>
        <translation>チャットをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gpt4local chat (*.json)</source>
        <translation>gpt4local チャット (*.json)</translation>
    </message>
</context>
<context>
    <name>_Message</name>
    <message>
        <location filename="../../gpt4local/ui/window/error_banner.py" line="+45"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>_TransferWorker</name>
    <message>
        <location filename="../../gpt4local/ui/models/download_manager.py" line="+72"/>
        <source>Download failed unexpectedly: {error}</source>
        <translation>ダウンロードが予期せず失敗しました：{error}</translation>
    </message>
</context>
</TS>
