<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gpt4local/ui/window/about.py" line="+38"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit unmodified in the installation folder and may be replaced with your own builds. Their source code is at {link}.</source>
        <translation>Qt e PySide6 são usados sob a GNU LGPL versão 3: as bibliotecas deles ficam sem modificações na pasta de instalação e podem ser substituídas por builds próprios. O código-fonte deles está em {link}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not be loaded: {error}</source>
        <translation>não foi possível carregar: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU offload available</source>
        <translation>offload para a GPU disponível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no GPU offload</source>
        <translation>sem offload para a GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{backend} ({offload})</source>
        <translation>{backend} ({offload})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>llama.cpp backend</source>
        <translation>backend llama.cpp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>nenhum encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats and data</source>
        <translation>Chats e dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A private ChatGPT that runs entirely on your own computer.</source>
        <translation>Um ChatGPT privado que roda inteiramente no seu próprio computador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} is free software under the MIT license.</source>
        <translation>O {app} é software livre sob a licença MIT.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This build</source>
        <translation>Este build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses of the bundled components</source>
        <translation>Licenças dos componentes incluídos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folders:</source>
        <translation>Pastas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses:</source>
        <translation>Licenças:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>AnswerStream</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/stream.py" line="+136"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/catalog_tab.py" line="+42"/>
        <source>✓ installed</source>
        <translation>✓ instalado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>Cabe aqui?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model catalog</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ marks a good first choice; double-click downloads the chosen model</source>
        <translation>★ indica uma boa primeira escolha; clique duas vezes para baixar o modelo escolhido</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>The model catalog could not be read</source>
        <translation>Não foi possível ler o catálogo de modelos</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the catalog again</source>
        <translation>Ler o catálogo de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Pesquisar no Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a GGUF model on Hugging Face instead</source>
        <translation>Procurar um modelo GGUF no Hugging Face</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model to read about it. ★ = a good first choice.</source>
        <translation>Escolha um modelo para saber mais sobre ele. ★ = uma boa primeira escolha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>Baixar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen model into the models folder</source>
        <translation>Baixar o modelo escolhido para a pasta dos modelos</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{reason}. Try again, or search Hugging Face for a model meanwhile.</source>
        <translation>{reason}. Tente de novo ou, enquanto isso, pesquise um modelo no Hugging Face.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Best for this computer: &lt;b&gt;{name}&lt;/b&gt; — it needs {need} and {free} is free now.</source>
        <translation>O melhor para este computador: &lt;b&gt;{name}&lt;/b&gt; — precisa de {need} e há {free} livres agora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of these models fits comfortably in the memory that is free now; close some programs, or look for a smaller quantisation on Hugging Face.</source>
        <translation>Nenhum destes modelos cabe com folga na memória livre agora; feche alguns programas ou procure uma quantização menor no Hugging Face.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {size}</source>
        <translation>Baixar {size}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>license {license}</source>
        <translation>licença {license}</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/chat/page.py" line="+173"/>
        <source>Opening the conversation… {drawn} of %n messages</source>
        <translation>
            <numerusform>Abrindo a conversa… {drawn} de %n mensagem</numerusform>
            <numerusform>Abrindo a conversa… {drawn} de %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model first — your message is kept in the box.</source>
        <translation>Escolha um modelo primeiro — sua mensagem continua na caixa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <source>Reading the conversation…</source>
        <translation>Lendo a conversa…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the conversation… {done}/{total} tokens</source>
        <translation>Lendo a conversa… {done}/{total} tokens</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The conversation is longer than the context: the oldest %n messages were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>A conversa é maior que o contexto: a mensagem mais antiga ficou fora da visão do modelo.</numerusform>
            <numerusform>A conversa é maior que o contexto: as %n mensagens mais antigas ficaram fora da visão do modelo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopped before the answer began.</source>
        <translation>Parado antes de a resposta começar.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../gpt4local/ui/chat/session.py" line="+85"/>
        <source>The chat history is closed.</source>
        <translation>O histórico de chats está fechado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chats: {kind}: {error}</source>
        <translation>Chats: {kind}: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{error} Your chats are kept only until you quit, this time.</source>
        <translation>{error} Desta vez, seus chats só ficam guardados até você sair.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your chats cannot be opened: {error}</source>
        <translation>Não é possível abrir seus chats: {error}</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Could not export the chat to {path}: {reason}.</source>
        <translation>Não foi possível exportar o chat para {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsPanel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/panel.py" line="+68"/>
        <location line="+4"/>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="+39"/>
        <source>Chat settings</source>
        <translation>Configurações do chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close the chat settings</source>
        <translation>Fechar as configurações do chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this chat only, from its next answer. New chats start from the defaults on the Settings page.</source>
        <translation>Só para este chat, a partir da próxima resposta. Chats novos começam com os padrões da página Configurações.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instructions the model follows in this chat</source>
        <translation>Instruções que o modelo segue neste chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Change it in the model&apos;s settings…</source>
        <translation>Alterar nas configurações do modelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The context length and chat template are the model&apos;s: the Settings page&apos;s Per model section changes them for every chat, and the model is loaded again.</source>
        <translation>O tamanho do contexto e o template de chat são do modelo: a seção Por modelo da página Configurações os altera para todos os chats, e o modelo é carregado de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the context length or chat template in the model&apos;s settings</source>
        <translation>Alterar o tamanho do contexto ou o template de chat nas configurações do modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s defaults</source>
        <translation>Restaurar os padrões do modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This chat&apos;s system prompt and sampling values become the ones a new chat with this model starts from</source>
        <translation>O prompt do sistema e os valores de amostragem deste chat passam a ser os que um novo chat com este modelo usa ao começar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset this chat to the model&apos;s defaults</source>
        <translation>Restaurar este chat para os padrões do modelo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling</source>
        <translation>Amostragem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context and template</source>
        <translation>Contexto e template</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Context length: no model is loaded.</source>
        <translation>Tamanho do contexto: nenhum modelo carregado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length: {tokens} tokens. It belongs to the model ({model}), not to the chat: every chat shares it, and changing it loads the model again.</source>
        <translation>Tamanho do contexto: {tokens} tokens. Ele pertence ao modelo ({model}), não ao chat: todos os chats o compartilham, e alterá-lo carrega o modelo de novo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{fields}: {problem}</source>
        <translation>{fields}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Until it is corrected, this chat keeps its last accepted value.</source>
        <translation>{problem} Até ser corrigido, este chat mantém o último valor aceito.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat template: your own, from this model&apos;s settings.</source>
        <translation>Template de chat: o seu, das configurações deste modelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>Este modelo não tem um template de chat utilizável; usando o formato {family}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat template: the one in the model file.</source>
        <translation>Template de chat: o do arquivo do modelo.</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="-3"/>
        <source>Chat settings: system prompt, sampling, context ({keys})</source>
        <translation>Configurações do chat: prompt do sistema, amostragem, contexto ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows or hides this chat&apos;s system prompt and sampling settings ({keys})</source>
        <translation>Mostra ou oculta o prompt do sistema e as configurações de amostragem deste chat ({keys})</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_actions.py" line="+38"/>
        <location line="+2"/>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>reached the answer length limit</source>
        <translation>atingiu o limite de tamanho da resposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>contexto cheio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Stopping the answer first…</source>
        <translation>Parando a resposta primeiro…</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+12"/>
        <source>Edit message</source>
        <translation>Editar mensagem</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your message:</source>
        <translation>Sua mensagem:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The %n message(s) after it will be replaced. Go on?</source>
        <translation>
            <numerusform>A mensagem seguinte será substituída. Continuar?</numerusform>
            <numerusform>As %n mensagens seguintes serão substituídas. Continuar?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{tokens} tokens · {rate} · first token after {seconds} s · {reason}</source>
        <translation>{tokens} tokens · {rate} · primeiro token após {seconds} s · {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_list.py" line="+51"/>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min ago</source>
        <translation>há {minutes} min</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new chat ({keys})</source>
        <translation>Começar um novo chat ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Search chats</source>
        <translation>Pesquisar chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the chats whose title or messages hold these words</source>
        <translation>Mostra os chats cujo título ou mensagens contêm estas palavras</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter or double-click renames, Delete deletes; the context menu has both.</source>
        <translation>Mais recentes primeiro. Enter ou clique duplo renomeia, Delete exclui; o menu de contexto tem os dois.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+84"/>
        <source>Delete chat</source>
        <translation>Excluir chat</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Search looks at titles and messages; try other words.</source>
        <translation>A pesquisa procura em títulos e mensagens; tente outras palavras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No chat matches “{words}”</source>
        <translation>Nenhum chat corresponde a “{words}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet</source>
        <translation>Nenhum chat ainda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a message to start one.</source>
        <translation>Digite uma mensagem para começar um.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this chat</source>
        <translation>este chat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete “{title}” and all its messages?</source>
        <translation>Excluir “{title}” e todas as suas mensagens?</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_model.py" line="+115"/>
        <source>Part of this chat could not be saved earlier, so it was opened again as it is saved; nothing was deleted.</source>
        <translation>Parte deste chat não pôde ser salva antes, então ele foi aberto de novo como está salvo; nada foi excluído.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gpt4local/ui/i18n/core_messages.py" line="+31"/>
        <source>The memory {name} needs cannot be worked out: {detail}.</source>
        <translation>Não é possível calcular a memória de que {name} precisa: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a symbolic link that leads back to itself (a loop).</source>
        <translation>{name} é um link simbólico que aponta de volta para si mesmo (um loop).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a link to a file that no longer exists.</source>
        <translation>{name} é um link para um arquivo que não existe mais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model file not found: {path}</source>
        <translation>Arquivo do modelo não encontrado: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the folder of {path}</source>
        <translation>Sem permissão para ler a pasta de {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Não é possível ler {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a file: {path}</source>
        <translation>Não é um arquivo: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read {path}</source>
        <translation>Sem permissão para ler {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty (0 bytes): there is no model in it.</source>
        <translation>{name} está vazio (0 bytes): não há modelo nele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;).</source>
        <translation>{name} não é um arquivo de modelo GGUF (não começa com “GGUF”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is truncated or damaged: {detail}. Download it again.</source>
        <translation>{name} está incompleto ou danificado: {detail}. Baixe-o de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged: {detail}.</source>
        <translation>{name} está danificado: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is truncated: it needs {needed} bytes but has {size}. Download it again.</source>
        <translation>{name} está incompleto: precisa de {needed} bytes, mas tem {size}. Baixe-o de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be loaded: {problem}.</source>
        <translation>Não é possível carregar {name}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no &apos;general.architecture&apos; in its metadata.</source>
        <translation>{name} não tem “general.architecture” nos metadados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} could not be read: {detail}</source>
        <translation>Não foi possível ler {name}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not in the models folder; it is not deleted.</source>
        <translation>{path} não está na pasta dos modelos; ele não será excluído.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot delete {name}: {reason}</source>
        <translation>Não é possível excluir {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the models folder {folder}</source>
        <translation>Sem permissão para ler a pasta dos modelos {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the models folder {folder}: {reason}</source>
        <translation>Não é possível ler a pasta dos modelos {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing other programs could free enough memory.</source>
        <translation>Fechar outros programas pode liberar memória suficiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model was trained on {n_ctx_train} tokens of context.</source>
        <translation>O modelo foi treinado com {n_ctx_train} tokens de contexto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no swap space: if it is loaded anyway, it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>Este computador não tem espaço de swap: se o modelo for carregado mesmo assim, pode falhar, ou o sistema pode encerrar programas (este também) para liberar memória.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading it anyway needs about {shortfall} more than is free, and only {free_swap} of swap is free: it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>Carregar mesmo assim precisa de cerca de {shortfall} a mais do que está livre, e só há {free_swap} de swap livres: pode falhar, ou o sistema pode encerrar programas (este também) para liberar memória.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading it anyway puts about {shortfall} in swap ({free_swap} free): the whole computer can become slow while it swaps to disk.</source>
        <translation>Carregar mesmo assim coloca cerca de {shortfall} no swap ({free_swap} livres): o computador inteiro pode ficar lento enquanto usa o disco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available.</source>
        <translation>{name} não cabe na memória: precisa de {needed} com contexto {n_ctx} e há {available} disponíveis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; a context of {fitting} would fit.</source>
        <translation>{name} não cabe na memória: precisa de {needed} com contexto {n_ctx} e há {available} disponíveis; um contexto de {fitting} caberia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; with a {kv_cache} KV cache a context of {fitting} would fit.</source>
        <translation>{name} não cabe na memória: precisa de {needed} com contexto {n_ctx} e há {available} disponíveis; com um cache KV {kv_cache}, um contexto de {fitting} caberia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model catalog lists no models to suggest.</source>
        <translation>O catálogo de modelos não tem modelos para sugerir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the catalog&apos;s models fits comfortably in the memory free now ({available}); the smallest, {name}, needs about {needed}. Close some programs, or browse all models for a smaller one.</source>
        <translation>Nenhum modelo do catálogo cabe com folga na memória livre agora ({available}); o menor, {name}, precisa de cerca de {needed}. Feche alguns programas ou procure um menor entre todos os modelos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp could not load {name} (architecture &apos;{architecture}&apos;): {reason}</source>
        <translation>O llama.cpp não conseguiu carregar {name} (arquitetura “{architecture}”): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU load failed, using the CPU instead: {reason}</source>
        <translation>Falha ao carregar na GPU, usando a CPU: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp cannot use a {kv_cache} KV cache with this model (it needs flash attention, which was refused), so the cache is f16.</source>
        <translation>O llama.cpp não pode usar um cache KV {kv_cache} com este modelo (ele precisa de flash attention, que foi recusado), então o cache é f16.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>Nenhum modelo carregado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {name}: {reason}</source>
        <translation>Não foi possível ler {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {name}: {reason}</source>
        <translation>Não foi possível carregar {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: {reason}</source>
        <translation>Falha na geração: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: the answer ended without its statistics.</source>
        <translation>Falha na geração: a resposta terminou sem as estatísticas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is too long for the context window: it needs {needed} tokens (with the system prompt and chat template) and the context holds {n_ctx}, with room for an answer. Shorten the message or raise the context length.</source>
        <translation>A mensagem é longa demais para a janela de contexto: precisa de {needed} tokens (com o prompt do sistema e o template de chat) e o contexto comporta {n_ctx}, com espaço para uma resposta. Encurte a mensagem ou aumente o tamanho do contexto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat template ({origin}) is not valid: {detail}</source>
        <translation>O template de chat ({origin}) não é válido: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped: {reason}.</source>
        <translation>O template de chat ({origin}) foi interrompido: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped.</source>
        <translation>O template de chat ({origin}) foi interrompido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat template ({origin}) failed: {detail}</source>
        <translation>O template de chat ({origin}) falhou: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model&apos;s chat template was refused: {reason}. gpt4local uses the {family} format instead.</source>
        <translation>O template de chat deste modelo foi recusado: {reason}. O gpt4local usa o formato {family} no lugar dele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model&apos;s chat template is not valid Jinja ({detail}). gpt4local uses the {family} format instead.</source>
        <translation>O template de chat deste modelo não é Jinja válido ({detail}). O gpt4local usa o formato {family} no lugar dele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is already installed.</source>
        <translation>{name} já está instalado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up {name}</source>
        <translation>A consulta a {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading {name}</source>
        <translation>O download de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Hub did not say how large {name} is.</source>
        <translation>O Hub não informou o tamanho de {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has changed on the Hub since this catalog was made (its checksum differs). Update the catalog, or pick the file in the Hugging Face search.</source>
        <translation>{name} mudou no Hub desde que este catálogo foi feito (o checksum é diferente). Atualize o catálogo ou escolha o arquivo na pesquisa do Hugging Face.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough disk space for {name}: it needs {needed} (including {margin} to spare) and {folder} has {free} free.</source>
        <translation>Não há espaço em disco suficiente para {name}: precisa de {needed} (incluindo {margin} de folga) e {folder} tem {free} livres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the server sent more bytes than the file has; the partial download was deleted. Try again.</source>
        <translation>{name}: o servidor enviou mais bytes do que o arquivo tem; o download parcial foi excluído. Tente de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to continue {name}.</source>
        <translation>O servidor se recusou a continuar {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered {status}.</source>
        <translation>O servidor respondeu {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full ({folder}). {kept} Free some space, then try again.</source>
        <translation>O disco está cheio ({folder}). {kept} Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Não é possível gravar {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} arrived damaged (its sha256 does not match the published one), so it was deleted. Download it again.</source>
        <translation>{name} chegou danificado (o sha256 não confere com o publicado), então foi excluído. Baixe-o de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be downloaded. {reason}</source>
        <translation>Não é possível baixar {name}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} stopped: {reason} (after {retries} retries). {kept}</source>
        <translation>{name} parou: {reason} (após {retries} tentativas). {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered {status}</source>
        <translation>o servidor respondeu {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was downloaded; try again later.</source>
        <translation>Nada foi baixado; tente de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {size} downloaded so far is kept: try again to continue from there.</source>
        <translation>Os {size} baixados até agora estão guardados: tente de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{repo} is gated: accept its conditions on the Hugging Face website, then add an access token (Access token… on the Hugging Face tab, `gpt4local models token set`, or the HF_TOKEN environment variable).</source>
        <translation>{repo} tem acesso restrito: aceite as condições no site do Hugging Face e depois adicione um token de acesso (Token de acesso… na aba Hugging Face, `gpt4local models token set` ou a variável de ambiente HF_TOKEN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} was not found on {endpoint} (or it is private and needs a token).</source>
        <translation>{repo} não foi encontrado em {endpoint} (ou é privado e precisa de um token).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{repo} has no such revision.</source>
        <translation>{repo} não tem essa revisão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is not in {repo}.</source>
        <translation>Esse arquivo não está em {repo}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered {status}.</source>
        <translation>{what} falhou: o Hub respondeu {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered 429 (too many requests: wait a minute).</source>
        <translation>{what} falhou: o Hub respondeu 429 (solicitações demais: aguarde um minuto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} failed. {reason}</source>
        <translation>{what} falhou. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: {endpoint} sent an answer gpt4local does not understand ({detail}).</source>
        <translation>{what} falhou: {endpoint} enviou uma resposta que o gpt4local não entende ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching Hugging Face</source>
        <translation>A pesquisa no Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the files of {repo}</source>
        <translation>A listagem dos arquivos de {repo}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the header of {name}</source>
        <translation>A leitura do cabeçalho de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ends inside its GGUF header.</source>
        <translation>{name} termina no meio do cabeçalho GGUF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a usable GGUF: {detail}.</source>
        <translation>{name} não é um GGUF utilizável: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network access is switched off (HF_HUB_OFFLINE is set); unset it to download.</source>
        <translation>O acesso à rede está desligado (HF_HUB_OFFLINE está definida); remova a variável para baixar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server redirected to {target}: only http:// and https:// addresses are followed.</source>
        <translation>O servidor redirecionou para {target}: só endereços http:// e https:// são seguidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} não respondeu a tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to {host}: check the internet connection or proxy.</source>
        <translation>Não é possível conectar a {host}: verifique a conexão com a internet ou o proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to {host} broke: {detail}.</source>
        <translation>A conexão com {host} caiu: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} answered {status} for {url}.</source>
        <translation>{host} respondeu {status} para {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to {host} failed: {detail}</source>
        <translation>A comunicação com {host} falhou: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a web address: {url}</source>
        <translation>Não é um endereço da web: {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} sent more than {limit} bytes; ignored.</source>
        <translation>{url} enviou mais de {limit} bytes; ignorado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} did not send {url} within {seconds} s.</source>
        <translation>{host} não enviou {url} em {seconds} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save your chats: {reason}</source>
        <translation>Não foi possível salvar seus chats: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import the chat: {reason}</source>
        <translation>Não foi possível importar o chat: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not update the search index: {reason}</source>
        <translation>Não foi possível atualizar o índice de pesquisa: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not upgrade your chats to version {version} (they were left as they were): {reason}</source>
        <translation>Não foi possível atualizar seus chats para a versão {version} (eles ficaram como estavam): {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full ({detail}). Free some space, then try again</source>
        <translation>o disco está cheio ({detail}). Libere espaço e tente de novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read your chats: {reason}</source>
        <translation>Não foi possível ler seus chats: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open your chats ({path}): {reason}</source>
        <translation>Não foi possível abrir seus chats ({path}): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not create the folder for your chats: {reason}</source>
        <translation>Não foi possível criar a pasta dos seus chats: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chats ({path}) are damaged and could not be set aside: {reason}</source>
        <translation>Seus chats ({path}) estão danificados e não puderam ser separados: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chat history was damaged and could not be read. It was kept as {name} in {folder} and a new, empty history was started.</source>
        <translation>Seu histórico de chats estava danificado e não pôde ser lido. Ele foi guardado como {name} em {folder} e um histórico novo, vazio, foi iniciado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your chats ({path}) were written by a newer gpt4local (chat file version {version}; this one reads up to version {supported}). Update gpt4local to open them; the file was left unchanged.</source>
        <translation>Seus chats ({path}) foram gravados por um gpt4local mais novo (versão {version} do arquivo de chats; este lê até a versão {supported}). Atualize o gpt4local para abri-los; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not back up your chats before upgrading them ({reason}); nothing was changed.</source>
        <translation>Não foi possível fazer backup dos seus chats antes de atualizá-los ({reason}); nada foi alterado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context length must be at least 64 tokens, not {value}.</source>
        <translation>O tamanho do contexto precisa ser de pelo menos 64 tokens, não {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads must be 0 (automatic) or more, not {value}.</source>
        <translation>As threads da CPU precisam ser 0 (automático) ou mais, não {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch size must be at least 1, not {value}.</source>
        <translation>O tamanho do lote precisa ser pelo menos 1, não {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The KV cache type must be one of {choices}, not {value}.</source>
        <translation>O tipo de cache KV precisa ser um de {choices}, não {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature must be 0 or more, not {value}.</source>
        <translation>A temperatura precisa ser 0 ou mais, não {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_p must be more than 0 and at most 1, not {value}.</source>
        <translation>top_p precisa ser maior que 0 e no máximo 1, não {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_k must be 0 (off) or more, not {value}.</source>
        <translation>top_k precisa ser 0 (desligado) ou mais, não {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min_p must be from 0 (off) to 1, not {value}.</source>
        <translation>min_p precisa estar entre 0 (desligado) e 1, não {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repeat penalty must be more than 0 (1.0 turns it off), not {value}.</source>
        <translation>A penalidade de repetição precisa ser maior que 0 (1,0 a desliga), não {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat window must be 0 or more, not {value}.</source>
        <translation>A janela de repetição precisa ser 0 ou mais, não {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer length must be 0 (until the context is full) or more, not {value}.</source>
        <translation>O tamanho da resposta precisa ser 0 (até o contexto encher) ou mais, não {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quantised KV cache needs flash attention.</source>
        <translation>Um cache KV quantizado precisa de flash attention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU layers must be -1 (as many as fit), 0 (CPU only) or more.</source>
        <translation>As camadas na GPU precisam ser -1 (quantas couberem), 0 (só CPU) ou mais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} {then}</source>
        <comment>two sentences, one after the other</comment>
        <translation>{first} {then}</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../gpt4local/ui/models/downloads_panel.py" line="+57"/>
        <source>Progress of {name}</source>
        <translation>Progresso de {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Pause, resume or retry downloading {name}</source>
        <translation>Pausar, retomar ou tentar de novo o download de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Stop downloading {name}, or take it off this list</source>
        <translation>Parar o download de {name} ou tirá-lo desta lista</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking {percent}%</source>
        <translation>Verificando {percent}%</translation>
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
        <translation>Aguardando o download anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused · {figures}</source>
        <translation>Pausado · {figures}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed: {path}</source>
        <translation>Instalado: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location line="-98"/>
        <source>{done} of {total} ({percent}%)</source>
        <translation>{done} de {total} ({percent}%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{duration} left</source>
        <translation>faltam {duration}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Tentando de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the file (sha256)</source>
        <translation>Verificando o arquivo (sha256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location line="+91"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
</context>
<context>
    <name>FirstStartFlow</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/flow.py" line="+79"/>
        <source>Starting the download…</source>
        <translation>Iniciando o download…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{done} of {total} already downloaded: the download continues from there.</source>
        <translation>{done} de {total} já baixados: o download continua de onde parou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} already downloaded: the download continues from there.</source>
        <translation>{done} já baixados: o download continua de onde parou.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for another download to finish…</source>
        <translation>Aguardando outro download terminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retrying · {figures}</source>
        <translation>Tentando de novo · {figures}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading · {figures}</source>
        <translation>Baixando · {figures}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} was not loaded.</source>
        <translation>{name} não foi carregado.</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <location filename="../../gpt4local/ui/engine/fit_dialog.py" line="+38"/>
        <source>This model may not fit in memory</source>
        <translation>Este modelo pode não caber na memória</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} needs about {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} precisa de cerca de {needed} de memória com um contexto de {context} tokens, e há {available} disponíveis agora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{model} needs {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} precisa de {needed} de memória com um contexto de {context} tokens, e há {available} disponíveis agora.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context length</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load with these settings</source>
        <translation>Carregar com estas configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway</source>
        <translation>Carregar mesmo assim</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A context of {context} tokens fits if the KV cache is {cache}.</source>
        <translation>Um contexto de {context} tokens cabe se o cache KV for {cache}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {context} tokens fits.</source>
        <translation>Um contexto de {context} tokens cabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even the shortest context does not fit; choose a smaller model.</source>
        <translation>Nem o menor contexto cabe; escolha um modelo menor.</translation>
    </message>
</context>
<context>
    <name>FitWords</name>
    <message>
        <location filename="../../gpt4local/ui/models/fit_labels.py" line="+19"/>
        <source>✓ fits</source>
        <translation>✓ cabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ tight</source>
        <comment>the model only just fits in memory</comment>
        <translation>⚠ no limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ too big</source>
        <translation>✗ grande demais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ cannot load</source>
        <translation>✗ não carrega</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fits comfortably: needs about {need} at context {context}, {available} available</source>
        <translation>cabe com folga: precisa de cerca de {need} com contexto {context}, {available} disponíveis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fits comfortably: needs {need} at context {context}, {available} available</source>
        <translation>cabe com folga: precisa de {need} com contexto {context}, {available} disponíveis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tight: needs about {need} at context {context}, {available} available</source>
        <translation>no limite: precisa de cerca de {need} com contexto {context}, {available} disponíveis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tight: needs {need} at context {context}, {available} available</source>
        <translation>no limite: precisa de {need} com contexto {context}, {available} disponíveis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not fit: needs about {need} at context {context}, {available} available</source>
        <translation>não cabe: precisa de cerca de {need} com contexto {context}, {available} disponíveis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not fit: needs {need} at context {context}, {available} available</source>
        <translation>não cabe: precisa de {need} com contexto {context}, {available} disponíveis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest context that fits: {tokens} tokens.</source>
        <translation>Maior contexto que cabe: {tokens} tokens.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n layers fit in the GPU&apos;s memory.</source>
        <translation>
            <numerusform>%n camada cabe na memória da GPU (VRAM).</numerusform>
            <numerusform>%n camadas cabem na memória da GPU (VRAM).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} B</source>
        <comment>billions of parameters</comment>
        <translation>{number} bi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} M</source>
        <comment>millions of parameters</comment>
        <translation>{number} mi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approximate: estimated from the file size alone.</source>
        <translation>Aproximado: estimado só pelo tamanho do arquivo.</translation>
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
        <translation>Padrão do sistema ({size} pt)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/i18n/formatting.py" line="+23"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
        <translation>{size}/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/pages.py" line="+37"/>
        <source>Folder for models</source>
        <translation>Pasta dos modelos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model used last</source>
        <translation>O último modelo usado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads for generating. Automatic uses up to 4 cores.</source>
        <translation>Threads da CPU para gerar. Automático usa até 4 núcleos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read my message while I type</source>
        <translation>Ler minha mensagem enquanto digito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When typing pauses, the model reads what is written so far, so the answer starts at once when it is sent. Uses the CPU during those pauses.</source>
        <translation>Quando você pausa a digitação, o modelo lê o que já foi escrito, para que a resposta comece logo ao enviar. Usa a CPU nessas pausas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Models folder:</source>
        <translation>Pasta dos modelos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size:</source>
        <translation>Tamanho da fonte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model at start:</source>
        <translation>Modelo ao iniciar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>Threads da CPU:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} (not found)</source>
        <translation>{name} (não encontrado)</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <location filename="../../gpt4local/ui/settings/generation_form.py" line="+53"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions the model sees before every chat.</source>
        <translation>Instruções que o modelo vê antes de cada chat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher gives more varied answers; 0 always picks the likeliest word.</source>
        <translation>Mais alta dá respostas mais variadas; 0 sempre escolhe a palavra mais provável.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from the likeliest words whose probabilities add up to this.</source>
        <translation>Escolher só entre as palavras mais prováveis cujas probabilidades somam este valor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from this many likeliest words.</source>
        <translation>Escolher só entre este número de palavras mais prováveis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop words less likely than this fraction of the likeliest one.</source>
        <translation>Descarta palavras menos prováveis que esta fração da mais provável.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty</source>
        <translation>Penalidade de repetição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above 1 discourages repeating recent words; 1 turns it off.</source>
        <translation>Acima de 1 desestimula repetir palavras recentes; 1 a desliga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty window</source>
        <translation>Janela da penalidade de repetição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many recent tokens the repeat penalty looks at.</source>
        <translation>Quantos tokens recentes a penalidade de repetição considera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max answer length</source>
        <translation>Tamanho máx. da resposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until the context is full</source>
        <translation>Até o contexto encher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest answer; a token is about three quarters of a word. Without a limit the model writes until it is done or the context is full.</source>
        <translation>A resposta mais longa; um token é cerca de três quartos de uma palavra. Sem limite, o modelo escreve até terminar ou até o contexto encher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context length</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of the conversation the model sees. More needs more memory.</source>
        <translation>Quanto da conversa o modelo vê. Mais precisa de mais memória.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens processed at once: larger is faster and needs more memory.</source>
        <translation>Tokens do prompt processados de uma vez: maior é mais rápido e precisa de mais memória.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As many as fit</source>
        <translation>Quantas couberem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to run on the GPU, where this build can use one; 0 runs on the CPU only.</source>
        <translation>Camadas que rodam na GPU, quando este build pode usar uma; 0 roda só na CPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16-bit (f16)</source>
        <translation>16 bits (f16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0): half the memory</source>
        <translation>8 bits (q8_0): metade da memória</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0): a quarter of the memory</source>
        <translation>4 bits (q4_0): um quarto da memória</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the model keeps the conversation. 8-bit fits twice the context in the same memory, with almost no loss; 4-bit four times, with some.</source>
        <translation>Onde o modelo guarda a conversa. 8 bits cabe o dobro de contexto na mesma memória, quase sem perda; 4 bits, quatro vezes, com alguma perda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Aleatória</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed seed gives the same answer to the same prompt.</source>
        <translation>Uma semente fixa dá a mesma resposta para o mesmo prompt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use a different value for this model</source>
        <translation>Usar outro valor para este modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/hub_tab.py" line="+50"/>
        <source>Search Hugging Face for GGUF models, e.g. “qwen 7b”</source>
        <translation>Pesquise modelos GGUF no Hugging Face, por ex. “qwen 7b”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face</source>
        <translation>Pesquisar no Hugging Face</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in a GGUF repository&apos;s name; Enter searches</source>
        <translation>Palavras no nome de um repositório GGUF; Enter pesquisa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the results</source>
        <translation>Ordem dos resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most downloaded</source>
        <translation>Mais baixados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most liked</source>
        <translation>Mais curtidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently updated</source>
        <translation>Atualizados recentemente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trending</source>
        <translation>Em alta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>Search</source>
        <comment>verb</comment>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Search Hugging Face for GGUF models</source>
        <translation>Pesquisar modelos GGUF no Hugging Face</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token…</source>
        <translation>Token de acesso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For gated models (Llama, Gemma…): a Hugging Face token of an account that accepted the model&apos;s conditions</source>
        <translation>Para modelos de acesso restrito (Llama, Gemma…): um token do Hugging Face de uma conta que aceitou as condições do modelo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{repository}  🔒 gated</source>
        <translation>{repository}  🔒 acesso restrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloads</source>
        <comment>how often a model was downloaded</comment>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likes</source>
        <translation>Curtidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repositories found</source>
        <translation>Repositórios encontrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one to list its GGUF files</source>
        <translation>Escolha um para listar seus arquivos GGUF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ installed</source>
        <translation>✓ instalado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not supported</source>
        <translation>sem suporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>Cabe aqui?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GGUF files of the chosen repository</source>
        <translation>Arquivos GGUF do repositório escolhido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per quantisation; double-click downloads it</source>
        <translation>Um arquivo por quantização; clique duas vezes para baixá-lo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a repository, then a file (quantisation) to download.</source>
        <translation>Escolha um repositório e depois um arquivo (quantização) para baixar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>Baixar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen file into the models folder</source>
        <translation>Baixar o arquivo escolhido para a pasta de modelos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search Hugging Face for a model</source>
        <translation>Pesquisar um modelo no Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name above, e.g. “qwen 7b” or “llama 3.2”, and press Enter. Each file then says whether it fits this computer.</source>
        <translation>Digite um nome acima, por ex. “qwen 7b” ou “llama 3.2”, e pressione Enter. Cada arquivo então diz se cabe neste computador.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repositories found.</source>
        <translation>
            <numerusform>%n repositório encontrado.</numerusform>
            <numerusform>%n repositórios encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found; try other words.</source>
        <translation>Nada encontrado; tente outras palavras.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing on Hugging Face matches “{words}”</source>
        <translation>Nada no Hugging Face corresponde a “{words}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found</source>
        <translation>Nada encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try other words, or fewer: a model family alone (“qwen”, “gemma”, “phi”) finds the most. Only repositories with GGUF files are listed.</source>
        <translation>Tente outras palavras, ou menos: só uma família de modelos (“qwen”, “gemma”, “phi”) encontra mais. Só aparecem repositórios com arquivos GGUF.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listing the files of {repository}…</source>
        <translation>Listando os arquivos de {repository}…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n GGUF files in {repository}.</source>
        <translation>
            <numerusform>%n arquivo GGUF em {repository}.</numerusform>
            <numerusform>%n arquivos GGUF em {repository}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{repository} has no GGUF files.</source>
        <translation>{repository} não tem arquivos GGUF.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>split into %n files; gpt4local downloads single-file GGUFs only (choose a smaller quantisation)</source>
        <translation>
            <numerusform>dividido em %n arquivo; o gpt4local só baixa GGUFs de um único arquivo (escolha uma quantização menor)</numerusform>
            <numerusform>dividido em %n arquivos; o gpt4local só baixa GGUFs de um único arquivo (escolha uma quantização menor)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a vision projector (mmproj), not a chat model</source>
        <translation>um projetor de visão (mmproj), não um modelo de chat</translation>
    </message>
</context>
<context>
    <name>InstalledTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="+53"/>
        <source>{name} (added from elsewhere)</source>
        <translation>{name} (adicionado de outro lugar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantisation</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits here?</source>
        <translation>Cabe aqui?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a model to chat with it</source>
        <translation>Clique duas vezes em um modelo para conversar com ele</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>No models installed yet</source>
        <translation>Nenhum modelo instalado ainda</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Browse the catalog</source>
        <translation>Explorar o catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curated models, each with whether it fits this computer</source>
        <translation>Modelos selecionados, cada um dizendo se cabe neste computador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Pesquisar no Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find any GGUF model on Hugging Face</source>
        <translation>Encontrar qualquer modelo GGUF no Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add model file…</source>
        <translation>Adicionar arquivo de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a GGUF file you already have, where it is</source>
        <translation>Usar um arquivo GGUF que você já tem, onde ele está</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with it</source>
        <translation>Conversar com ele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected model and open the chat</source>
        <translation>Carregar o modelo selecionado e abrir o chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected model&apos;s file, after asking</source>
        <translation>Excluir o arquivo do modelo selecionado, após confirmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder that holds the selected model in the file manager</source>
        <translation>Abrir a pasta com o modelo selecionado no gerenciador de arquivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change models folder…</source>
        <translation>Alterar pasta dos modelos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder models are downloaded to and looked for in</source>
        <translation>Escolher a pasta para onde os modelos são baixados e onde são procurados</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Models folder: {folder}</source>
        <translation>Pasta dos modelos: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download one from the catalog (★ marks a good first choice), search Hugging Face, or add a GGUF file you already have. Downloads go to the models folder, {folder}; a model copied there shows up here by itself.</source>
        <translation>Baixe um do catálogo (★ indica uma boa primeira escolha), pesquise no Hugging Face ou adicione um arquivo GGUF que você já tem. Os downloads vão para a pasta dos modelos, {folder}; um modelo copiado para lá aparece aqui sozinho.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove {name} from the list? The file stays where it is ({folder}).</source>
        <translation>Remover {name} da lista? O arquivo continua onde está ({folder}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} ({size}) from disk?</source>
        <translation>Excluir {name} ({size}) do disco?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete model</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a GGUF model file</source>
        <translation>Adicionar um arquivo de modelo GGUF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the models folder</source>
        <translation>Escolher a pasta dos modelos</translation>
    </message>
</context>
<context>
    <name>KvCache</name>
    <message>
        <location filename="../../gpt4local/ui/settings/generation_form.py" line="-122"/>
        <source>16-bit (f16)</source>
        <translation>16 bits (f16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0)</source>
        <translation>8 bits (q8_0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0)</source>
        <translation>4 bits (q4_0)</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../gpt4local/ui/settings/language_choice.py" line="+30"/>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language shows after a restart.</source>
        <translation>O novo idioma aparece depois de reiniciar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gpt4local/ui/window/main_window.py" line="+111"/>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a model…</source>
        <translation>Escolher um modelo…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add a GGUF model file</source>
        <translation>Adicionar um arquivo de modelo GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>Este modelo não tem um template de chat utilizável; usando o formato {family}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save settings: {problem}</source>
        <translation>Não foi possível salvar as configurações: {problem}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Generation settings: {problem}; the defaults are used.</source>
        <translation>Configurações de geração: {problem}; os padrões são usados.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/actions.py" line="+27"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message&apos;s text</source>
        <translation>Copiar o texto desta mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message and send it again</source>
        <translation>Editar esta mensagem e enviá-la de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this answer again</source>
        <translation>Escrever esta resposta de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on writing this answer where it stopped</source>
        <translation>Continuar escrevendo esta resposta de onde ela parou</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message actions</source>
        <translation>Ações da mensagem</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="+42"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Digite uma mensagem — Enter envia, Shift+Enter pula linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="-148"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../gpt4local/ui/engine/loader.py" line="+67"/>
        <source>Load settings: {problem}; the defaults are used.</source>
        <translation>Configurações de carregamento: {problem}; os padrões são usados.</translation>
    </message>
</context>
<context>
    <name>ModelPopup</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/popup.py" line="+42"/>
        <source>No models yet — download one on the Models page, or “Add model file…”</source>
        <translation>Nenhum modelo ainda — baixe um na página Modelos ou use “Adicionar arquivo de modelo…”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a model</source>
        <translation>Escolher um modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search models</source>
        <translation>Pesquisar modelos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add model file…</source>
        <translation>Adicionar arquivo de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a GGUF file from anywhere</source>
        <translation>Carregar um arquivo GGUF de qualquer lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage models</source>
        <translation>Gerenciar modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the Models page: download, delete and see every installed model</source>
        <translation>Mostrar a página Modelos: baixar, excluir e ver todos os modelos instalados</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No model matches “{words}”</source>
        <translation>Nenhum modelo corresponde a “{words}”</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/entries.py" line="+31"/>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed; still loaded</source>
        <translation>removido; ainda carregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added from elsewhere</source>
        <translation>adicionado de outro lugar</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>loaded</source>
        <translation>carregado</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/row_delegate.py" line="+24"/>
        <source>Loaded</source>
        <translation>Carregado</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/selector.py" line="+41"/>
        <source>Choose a model</source>
        <translation>Escolher um modelo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the model</source>
        <translation>Carregando o modelo</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Loading {name}…</source>
        <translation>Carregando {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading {name}… {percent}%</source>
        <translation>Carregando {name}… {percent}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{type} KV cache</source>
        <translation>Cache KV {type}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {tokens}</source>
        <translation>contexto {tokens}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No model loaded · %n installed</source>
        <translation>
            <numerusform>Nenhum modelo carregado · %n instalado</numerusform>
            <numerusform>Nenhum modelo carregado · %n instalados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model loaded · add one or download one</source>
        <translation>Nenhum modelo carregado · adicione ou baixe um</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the model to chat with ({keys})</source>
        <translation>Escolher o modelo para conversar ({keys})</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../gpt4local/ui/models/page.py" line="+64"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed</source>
        <comment>the tab of installed models</comment>
        <translation>Instalados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where models come from</source>
        <translation>De onde vêm os modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curated models, each judged for this computer</source>
        <translation>Modelos selecionados, cada um avaliado para este computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face for any GGUF model</source>
        <translation>Pesquisar qualquer modelo GGUF no Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models on this computer</source>
        <translation>Os modelos neste computador</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Could not list the installed models: {reason}</source>
        <translation>Não foi possível listar os modelos instalados: {reason}</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="+161"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>PerModelPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/per_model.py" line="+62"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset this model to the defaults</source>
        <translation>Restaurar este modelo para os padrões</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings for this model (checked ones replace the defaults)</source>
        <translation>Configurações deste modelo (as marcadas substituem os padrões)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat template</source>
        <translation>Template de chat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No models are installed yet: add one on the Models page.</source>
        <translation>Nenhum modelo instalado ainda: adicione um na página Modelos.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{model}: {problem}</source>
        <translation>{model}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template of {model}: {problem}</source>
        <translation>O template de chat de {model}: {problem}</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="-81"/>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{page} ({shortcuts})</source>
        <translation>{page} ({shortcuts})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page}: {why}</source>
        <translation>{page}: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {page} page; shortcut {shortcuts}</source>
        <translation>Mostrar a página {page}; atalho {shortcuts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the {page} page</source>
        <translation>Mostrar a página {page}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{description}. {why}</source>
        <translation>{description}. {why}</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/card.py" line="+24"/>
        <source>Download and start chatting</source>
        <translation>Baixar e começar a conversar</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the download</source>
        <translation>Cancelar o download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what is already here is kept, and the next download resumes from it</source>
        <translation>Parar o download; o que já foi baixado fica guardado, e o próximo download continua daí</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on from the step that failed</source>
        <translation>Continuar a partir da etapa que falhou</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>NO MODEL TO SUGGEST</source>
        <translation>NENHUM MODELO PARA SUGERIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model in the catalog fits this computer comfortably</source>
        <translation>Nenhum modelo do catálogo cabe com folga neste computador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RECOMMENDED FOR THIS COMPUTER</source>
        <translation>RECOMENDADO PARA ESTE COMPUTADOR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download {name} ({size}), load it and open a chat</source>
        <translation>Baixar {name} ({size}), carregá-lo e abrir um chat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{size} download · {parameters} parameters · {verdict}</source>
        <translation>Download de {size} · {parameters} parâmetros · {verdict}</translation>
    </message>
</context>
<context>
    <name>SendButton</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="-15"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
</context>
<context>
    <name>SettingsLink</name>
    <message>
        <location filename="../../gpt4local/ui/window/settings_link.py" line="+62"/>
        <source>Your changed settings are not applied yet: they wait on the Settings page.</source>
        <translation>Suas alterações nas configurações ainda não foram aplicadas: elas aguardam na página Configurações.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>changes not applied yet</source>
        <translation>alterações ainda não aplicadas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings not applied</source>
        <translation>Configurações não aplicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings were changed on the Settings page but not applied. Apply them?</source>
        <translation>Algumas configurações foram alteradas na página Configurações, mas não aplicadas. Aplicá-las?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/page.py" line="+57"/>
        <source>context length</source>
        <translation>tamanho do contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>tamanho do lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>camadas na GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>cache KV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>threads da CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat template</source>
        <translation>template de chat</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings as they were last applied</source>
        <translation>Mostrar as configurações como foram aplicadas por último</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reset to defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used for every model, except where the Per model tab says otherwise.</source>
        <translation>Usadas para todos os modelos, exceto onde a aba Por modelo diz outra coisa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Geração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per model</source>
        <translation>Por modelo</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{settings}: {problem}</source>
        <translation>{settings}: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the value on the {tab} tab first.</source>
        <translation>Corrija primeiro o valor na aba {tab}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The new {setting} applies when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>A nova configuração de {setting} vale quando {model} for carregado de novo: escolha-o outra vez no seletor de modelos. As outras configurações valem a partir da próxima resposta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new {setting} apply when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>As novas configurações de {setting} valem quando {model} for carregado de novo: escolha-o outra vez no seletor de modelos. As outras configurações valem a partir da próxima resposta.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../gpt4local/ui/window/single_instance.py" line="+65"/>
        <source>process {pid}</source>
        <translation>processo {pid}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another process</source>
        <translation>outro processo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../gpt4local/ui/app.py" line="+48"/>
        <source>Cannot create the data folders ({problem}). Set GPT4LOCAL_HOME to a writable folder.</source>
        <translation>Não é possível criar as pastas de dados ({problem}). Defina GPT4LOCAL_HOME como uma pasta com permissão de gravação.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{app} is already running with the data folder {folder} ({holder}), and its window did not come forward. Close it first, or set GPT4LOCAL_HOME to another folder to run a second copy.</source>
        <translation>O {app} já está em execução com a pasta de dados {folder} ({holder}), e a janela dele não veio para a frente. Feche-o primeiro ou defina GPT4LOCAL_HOME como outra pasta para abrir uma segunda cópia.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../gpt4local/ui/settings/template_editor.py" line="+57"/>
        <source>Chat template</source>
        <translation>Template de chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s template</source>
        <translation>Restaurar o template do modelo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample conversation rendered with the template</source>
        <translation>Conversa de exemplo gerada com o template</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model chosen.</source>
        <translation>Nenhum modelo escolhido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the model file…</source>
        <translation>Lendo o arquivo do modelo…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s template could not be read: {problem}</source>
        <translation>Não foi possível ler o template do modelo: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model has no chat template; gpt4local uses the {family} format.</source>
        <translation>Este modelo não tem template de chat; o gpt4local usa o formato {family}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A sample conversation with this template (special tokens such as BOS left out):</source>
        <translation>Uma conversa de exemplo com este template (tokens especiais como BOS omitidos):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{caption} {note}</source>
        <translation>{caption} {note}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Custom template: it replaces the model&apos;s own for this model.</source>
        <translation>Template personalizado: substitui o do próprio modelo, para este modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s own template, from its file.</source>
        <translation>O template do próprio modelo, do arquivo dele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fallback template gpt4local chose for this model.</source>
        <translation>O template alternativo que o gpt4local escolheu para este modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the model&apos;s own template.</source>
        <translation>Deixe vazio para usar o template do próprio modelo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The model&apos;s own template fails: {problem}</source>
        <translation>O template do próprio modelo falha: {problem}</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../gpt4local/ui/models/token_dialog.py" line="+21"/>
        <source>The token in the HF_TOKEN environment variable is used (it comes before a saved one).</source>
        <translation>O token da variável de ambiente HF_TOKEN é usado (ele tem prioridade sobre um token salvo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token is saved in {keychain}.</source>
        <translation>Há um token salvo em {keychain}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is saved &lt;b&gt;in plain text&lt;/b&gt; in settings.json by an older gpt4local. Remove it, then save it again or set HF_TOKEN.</source>
        <translation>Um gpt4local mais antigo salvou um token &lt;b&gt;em texto simples&lt;/b&gt; no settings.json. Remova-o e depois salve-o de novo ou defina HF_TOKEN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token is saved; the one from &lt;code&gt;hf auth login&lt;/code&gt; is used if you have one.</source>
        <translation>Nenhum token salvo; o de &lt;code&gt;hf auth login&lt;/code&gt; é usado, se você tiver um.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Hugging Face access token</source>
        <translation>Token de acesso do Hugging Face</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Gated models (Llama, Gemma…) need a token of a Hugging Face account that accepted their conditions.</source>
        <translation>Modelos de acesso restrito (Llama, Gemma…) precisam de um token de uma conta do Hugging Face que aceitou as condições deles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts with hf_; saved in the system keychain</source>
        <translation>Começa com hf_; salvo no chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save in keychain</source>
        <translation>Salvar no chaveiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove saved token</source>
        <translation>Remover token salvo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{problem} gpt4local cannot save a token here and never writes one into its own files. Set the &lt;b&gt;HF_TOKEN&lt;/b&gt; environment variable instead (for example in ~/.profile), then restart gpt4local.</source>
        <translation>{problem} O gpt4local não consegue salvar um token aqui e nunca grava um nos próprios arquivos. Defina a variável de ambiente &lt;b&gt;HF_TOKEN&lt;/b&gt; (por exemplo, em ~/.profile) e reinicie o gpt4local.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/blocks.py" line="+32"/>
        <location line="+1"/>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>limite de tamanho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>contexto cheio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{tokens} tokens · {rate} · first token {seconds} s</source>
        <translation>{tokens} tokens · {rate} · primeiro token em {seconds} s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/transcript/view.py" line="+75"/>
        <location line="+102"/>
        <source>Choose a model above, then type a message below.</source>
        <translation>Escolha um modelo acima e digite uma mensagem abaixo.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move between messages; Tab reaches the message&apos;s actions.</source>
        <translation>Ctrl+Seta para cima e Ctrl+Seta para baixo passam de uma mensagem a outra; Tab chega às ações da mensagem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+229"/>
        <source>Copy</source>
        <comment>a code block&apos;s text</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>{model} is ready: type a message below.</source>
        <translation>{model} está pronto: digite uma mensagem abaixo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>… {count} more characters are not shown here. Copy, or export the chat, to have all of it.</source>
        <translation>… mais {count} caracteres não aparecem aqui. Copie ou exporte o chat para ter tudo.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/page.py" line="+40"/>
        <source>Add a GGUF model file</source>
        <translation>Adicionar um arquivo de modelo GGUF</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Start chatting</source>
        <translation>Começar a conversar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new chat with your models</source>
        <translation>Abrir um novo chat com seus modelos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a model file I already have</source>
        <translation>Adicionar um arquivo de modelo que já tenho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF file on this computer; it is loaded and a chat opens</source>
        <translation>Escolha um arquivo GGUF neste computador; ele é carregado e um chat se abre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse all models</source>
        <translation>Ver todos os modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the whole catalog and search Hugging Face</source>
        <translation>Ver o catálogo inteiro e pesquisar no Hugging Face</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the models folder in the file manager</source>
        <translation>Mostrar a pasta dos modelos no gerenciador de arquivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the models folder</source>
        <translation>Alterar a pasta dos modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder in Settings</source>
        <translation>Escolher outra pasta nas Configurações</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Models are kept in {folder}</source>
        <translation>Os modelos ficam em {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome back</source>
        <translation>Bem-vindo de volta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to gpt4local</source>
        <translation>Bem-vindo ao gpt4local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your models are ready. Pick up where you left off, or try another model.</source>
        <translation>Seus modelos estão prontos. Continue de onde parou ou experimente outro modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it. Start with the model below, picked for this computer.</source>
        <translation>Converse com um modelo de IA que roda inteiramente neste computador: nada do que você digita sai dele. Comece com o modelo abaixo, escolhido para este computador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it.</source>
        <translation>Converse com um modelo de IA que roda inteiramente neste computador: nada do que você digita sai dele.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gpt4local/ui/window/menus.py" line="+44"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus the message box</source>
        <translation>Ir para a caixa de mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop generating</source>
        <translation>Parar de gerar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the last answer</source>
        <translation>Copiar a última resposta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from JSON…</source>
        <translation>Importar de JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About gpt4local</source>
        <translation>Sobre o gpt4local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied the last answer.</source>
        <translation>A última resposta foi copiada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: this chat has no messages.</source>
        <translation>Nada para exportar ainda: este chat não tem mensagens.</translation>
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
        <translation>Exportar chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the chat to {path}.</source>
        <translation>Chat exportado para {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a chat</source>
        <translation>Importar um chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gpt4local chat (*.json)</source>
        <translation>Chat do gpt4local (*.json)</translation>
    </message>
</context>
<context>
    <name>_Message</name>
    <message>
        <location filename="../../gpt4local/ui/window/error_banner.py" line="+45"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
</context>
<context>
    <name>_TransferWorker</name>
    <message>
        <location filename="../../gpt4local/ui/models/download_manager.py" line="+72"/>
        <source>Download failed unexpectedly: {error}</source>
        <translation>O download falhou inesperadamente: {error}</translation>
    </message>
</context>
</TS>
