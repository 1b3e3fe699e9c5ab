<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gpt4local/ui/window/about.py" line="+38"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit unmodified in the installation folder and may be replaced with your own builds. Their source code is at {link}.</source>
        <translation>Qt y PySide6 se usan bajo la GNU LGPL versión 3: sus bibliotecas están sin modificar en la carpeta de instalación y puedes reemplazarlas por tus propias compilaciones. Su código fuente está en {link}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not be loaded: {error}</source>
        <translation>no se pudo cargar: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU offload available</source>
        <translation>con aceleración por GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no GPU offload</source>
        <translation>sin aceleración por GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{backend} ({offload})</source>
        <translation>{backend} ({offload})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>llama.cpp backend</source>
        <translation>Motor llama.cpp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Versión</translation>
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
        <translation>Chats y datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A private ChatGPT that runs entirely on your own computer.</source>
        <translation>Un ChatGPT privado que funciona por completo en tu propia computadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} is free software under the MIT license.</source>
        <translation>{app} es software libre bajo la licencia MIT.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This build</source>
        <translation>Esta compilación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses of the bundled components</source>
        <translation>Licencias de los componentes incluidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folders:</source>
        <translation>Carpetas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses:</source>
        <translation>Licencias:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
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
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>¿Cabe aquí?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model catalog</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ marks a good first choice; double-click downloads the chosen model</source>
        <translation>★ marca una buena primera opción; doble clic descarga el modelo elegido</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>The model catalog could not be read</source>
        <translation>No se pudo leer el catálogo de modelos</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the catalog again</source>
        <translation>Leer el catálogo de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a GGUF model on Hugging Face instead</source>
        <translation>Busca un modelo GGUF en Hugging Face</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model to read about it. ★ = a good first choice.</source>
        <translation>Elige un modelo para ver su descripción. ★ = una buena primera opción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen model into the models folder</source>
        <translation>Descarga el modelo elegido en la carpeta de modelos</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{reason}. Try again, or search Hugging Face for a model meanwhile.</source>
        <translation>{reason}. Inténtalo de nuevo o, mientras tanto, busca un modelo en Hugging Face.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Best for this computer: &lt;b&gt;{name}&lt;/b&gt; — it needs {need} and {free} is free now.</source>
        <translation>Lo mejor para esta computadora: &lt;b&gt;{name}&lt;/b&gt; — necesita {need} y ahora hay {free} libres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of these models fits comfortably in the memory that is free now; close some programs, or look for a smaller quantisation on Hugging Face.</source>
        <translation>Ninguno de estos modelos cabe con holgura en la memoria libre ahora; cierra algunos programas o busca una cuantización más pequeña en Hugging Face.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {size}</source>
        <translation>Descargar {size}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>license {license}</source>
        <translation>licencia {license}</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/chat/page.py" line="+173"/>
        <source>Opening the conversation… {drawn} of %n messages</source>
        <translation>
            <numerusform>Abriendo la conversación… {drawn} de %n mensaje</numerusform>
            <numerusform>Abriendo la conversación… {drawn} de %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model first — your message is kept in the box.</source>
        <translation>Primero elige un modelo; tu mensaje se queda en el cuadro.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <source>Reading the conversation…</source>
        <translation>Leyendo la conversación…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the conversation… {done}/{total} tokens</source>
        <translation>Leyendo la conversación… {done}/{total} tokens</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The conversation is longer than the context: the oldest %n messages were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>La conversación es más larga que el contexto: el mensaje más antiguo quedó fuera de la vista del modelo.</numerusform>
            <numerusform>La conversación es más larga que el contexto: los %n mensajes más antiguos quedaron fuera de la vista del modelo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopped before the answer began.</source>
        <translation>Detenido antes de que empezara la respuesta.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../gpt4local/ui/chat/session.py" line="+85"/>
        <source>The chat history is closed.</source>
        <translation>El historial de chats está cerrado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chats: {kind}: {error}</source>
        <translation>Chats: {kind}: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{error} Your chats are kept only until you quit, this time.</source>
        <translation>{error} Esta vez, tus chats solo se guardan hasta que salgas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your chats cannot be opened: {error}</source>
        <translation>No se pueden abrir tus chats: {error}</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Could not export the chat to {path}: {reason}.</source>
        <translation>No se pudo exportar el chat a {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsPanel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/panel.py" line="+68"/>
        <location line="+4"/>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="+39"/>
        <source>Chat settings</source>
        <translation>Configuración del chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close the chat settings</source>
        <translation>Cerrar la configuración del chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this chat only, from its next answer. New chats start from the defaults on the Settings page.</source>
        <translation>Solo para este chat, desde su próxima respuesta. Los chats nuevos empiezan con los valores predeterminados de la página Configuración.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instructions the model follows in this chat</source>
        <translation>Instrucciones que el modelo sigue en este chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Change it in the model&apos;s settings…</source>
        <translation>Cámbialo en la configuración del modelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The context length and chat template are the model&apos;s: the Settings page&apos;s Per model section changes them for every chat, and the model is loaded again.</source>
        <translation>La longitud de contexto y la plantilla de chat son del modelo: la sección Por modelo de la página Configuración las cambia para todos los chats, y el modelo se vuelve a cargar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the context length or chat template in the model&apos;s settings</source>
        <translation>Cambia la longitud de contexto o la plantilla de chat en la configuración del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s defaults</source>
        <translation>Restablecer los valores del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This chat&apos;s system prompt and sampling values become the ones a new chat with this model starts from</source>
        <translation>El prompt del sistema y los valores de muestreo de este chat pasan a ser los de cada chat nuevo con este modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset this chat to the model&apos;s defaults</source>
        <translation>Restablece este chat a los valores predeterminados del modelo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context and template</source>
        <translation>Contexto y plantilla</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Context length: no model is loaded.</source>
        <translation>Longitud de contexto: no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length: {tokens} tokens. It belongs to the model ({model}), not to the chat: every chat shares it, and changing it loads the model again.</source>
        <translation>Longitud de contexto: {tokens} tokens. Pertenece al modelo ({model}), no al chat: todos los chats la comparten, y cambiarla vuelve a cargar el modelo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{fields}: {problem}</source>
        <translation>{fields}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Until it is corrected, this chat keeps its last accepted value.</source>
        <translation>{problem} Hasta que se corrija, este chat conserva su último valor aceptado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat template: your own, from this model&apos;s settings.</source>
        <translation>Plantilla de chat: la tuya, de la configuración de este modelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>Este modelo no tiene una plantilla de chat utilizable; se usa el formato {family}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat template: the one in the model file.</source>
        <translation>Plantilla de chat: la del archivo del modelo.</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="-3"/>
        <source>Chat settings: system prompt, sampling, context ({keys})</source>
        <translation>Configuración del chat: prompt del sistema, muestreo, contexto ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows or hides this chat&apos;s system prompt and sampling settings ({keys})</source>
        <translation>Muestra u oculta el prompt del sistema y el muestreo de este chat ({keys})</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_actions.py" line="+38"/>
        <location line="+2"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>reached the answer length limit</source>
        <translation>alcanzó el límite de longitud de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>contexto lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>cortada</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Stopping the answer first…</source>
        <translation>Deteniendo primero la respuesta…</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+12"/>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your message:</source>
        <translation>Tu mensaje:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The %n message(s) after it will be replaced. Go on?</source>
        <translation>
            <numerusform>Se reemplazará el mensaje que le sigue. ¿Continuar?</numerusform>
            <numerusform>Se reemplazarán los %n mensajes que le siguen. ¿Continuar?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{tokens} tokens · {rate} · first token after {seconds} s · {reason}</source>
        <translation>{tokens} tokens · {rate} · primer token tras {seconds} s · {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_list.py" line="+51"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min ago</source>
        <translation>hace {minutes} min</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new chat ({keys})</source>
        <translation>Empieza un chat nuevo ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the chats whose title or messages hold these words</source>
        <translation>Muestra los chats cuyo título o mensajes contienen estas palabras</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter or double-click renames, Delete deletes; the context menu has both.</source>
        <translation>Los más recientes primero. Intro o doble clic cambia el nombre, Supr elimina; el menú contextual tiene ambas opciones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+84"/>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Search looks at titles and messages; try other words.</source>
        <translation>La búsqueda mira títulos y mensajes; prueba con otras palabras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No chat matches “{words}”</source>
        <translation>Ningún chat coincide con “{words}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet</source>
        <translation>Aún no hay chats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a message to start one.</source>
        <translation>Escribe un mensaje para empezar uno.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this chat</source>
        <translation>este chat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete “{title}” and all its messages?</source>
        <translation>¿Eliminar “{title}” y todos sus mensajes?</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_model.py" line="+115"/>
        <source>Part of this chat could not be saved earlier, so it was opened again as it is saved; nothing was deleted.</source>
        <translation>Una parte de este chat no se pudo guardar antes, así que se volvió a abrir tal como está guardado; no se eliminó nada.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gpt4local/ui/i18n/core_messages.py" line="+31"/>
        <source>The memory {name} needs cannot be worked out: {detail}.</source>
        <translation>No se puede calcular la memoria que necesita {name}: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a symbolic link that leads back to itself (a loop).</source>
        <translation>{name} es un enlace simbólico que apunta a sí mismo (un bucle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a link to a file that no longer exists.</source>
        <translation>{name} es un enlace a un archivo que ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model file not found: {path}</source>
        <translation>No se encontró el archivo del modelo: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the folder of {path}</source>
        <translation>Sin permiso para leer la carpeta de {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a file: {path}</source>
        <translation>No es un archivo: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read {path}</source>
        <translation>Sin permiso para leer {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty (0 bytes): there is no model in it.</source>
        <translation>{name} está vacío (0 bytes): no contiene ningún modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;).</source>
        <translation>{name} no es un archivo de modelo GGUF (no empieza por &apos;GGUF&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is truncated or damaged: {detail}. Download it again.</source>
        <translation>{name} está truncado o dañado: {detail}. Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged: {detail}.</source>
        <translation>{name} está dañado: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is truncated: it needs {needed} bytes but has {size}. Download it again.</source>
        <translation>{name} está truncado: necesita {needed} bytes pero tiene {size}. Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be loaded: {problem}.</source>
        <translation>No se puede cargar {name}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no &apos;general.architecture&apos; in its metadata.</source>
        <translation>{name} no tiene &apos;general.architecture&apos; en sus metadatos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} could not be read: {detail}</source>
        <translation>No se pudo leer {name}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not in the models folder; it is not deleted.</source>
        <translation>{path} no está en la carpeta de modelos; no se elimina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot delete {name}: {reason}</source>
        <translation>No se puede eliminar {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the models folder {folder}</source>
        <translation>Sin permiso para leer la carpeta de modelos {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the models folder {folder}: {reason}</source>
        <translation>No se puede leer la carpeta de modelos {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing other programs could free enough memory.</source>
        <translation>Cerrar otros programas podría liberar suficiente memoria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model was trained on {n_ctx_train} tokens of context.</source>
        <translation>El modelo se entrenó con {n_ctx_train} tokens de contexto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no swap space: if it is loaded anyway, it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>Esta computadora no tiene espacio de intercambio (swap): si se carga de todos modos, puede fallar, o el sistema puede cerrar programas (también este) para liberar memoria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading it anyway needs about {shortfall} more than is free, and only {free_swap} of swap is free: it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>Cargarlo de todos modos necesita unos {shortfall} más de lo que hay libre, y solo hay {free_swap} de swap libres: puede fallar, o el sistema puede cerrar programas (también este) para liberar memoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading it anyway puts about {shortfall} in swap ({free_swap} free): the whole computer can become slow while it swaps to disk.</source>
        <translation>Cargarlo de todos modos pone unos {shortfall} en el swap ({free_swap} libres): toda la computadora puede volverse lenta mientras usa el disco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available.</source>
        <translation>{name} no cabe en memoria: necesita {needed} con un contexto de {n_ctx} y hay {available} disponibles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; a context of {fitting} would fit.</source>
        <translation>{name} no cabe en memoria: necesita {needed} con un contexto de {n_ctx} y hay {available} disponibles; cabría un contexto de {fitting}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; with a {kv_cache} KV cache a context of {fitting} would fit.</source>
        <translation>{name} no cabe en memoria: necesita {needed} con un contexto de {n_ctx} y hay {available} disponibles; con una caché KV {kv_cache} cabría un contexto de {fitting}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model catalog lists no models to suggest.</source>
        <translation>El catálogo de modelos no tiene modelos que sugerir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the catalog&apos;s models fits comfortably in the memory free now ({available}); the smallest, {name}, needs about {needed}. Close some programs, or browse all models for a smaller one.</source>
        <translation>Ninguno de los modelos del catálogo cabe con holgura en la memoria libre ahora ({available}); el más pequeño, {name}, necesita unos {needed}. Cierra algunos programas o explora todos los modelos para encontrar uno más pequeño.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp could not load {name} (architecture &apos;{architecture}&apos;): {reason}</source>
        <translation>llama.cpp no pudo cargar {name} (arquitectura &apos;{architecture}&apos;): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU load failed, using the CPU instead: {reason}</source>
        <translation>Falló la carga en la GPU; se usa la CPU: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp cannot use a {kv_cache} KV cache with this model (it needs flash attention, which was refused), so the cache is f16.</source>
        <translation>llama.cpp no puede usar una caché KV {kv_cache} con este modelo (necesita flash attention, que se rechazó), así que la caché es f16.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {name}: {reason}</source>
        <translation>No se pudo leer {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {name}: {reason}</source>
        <translation>No se pudo cargar {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: {reason}</source>
        <translation>Falló la generación: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: the answer ended without its statistics.</source>
        <translation>Falló la generación: la respuesta terminó sin sus estadísticas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is too long for the context window: it needs {needed} tokens (with the system prompt and chat template) and the context holds {n_ctx}, with room for an answer. Shorten the message or raise the context length.</source>
        <translation>El mensaje es demasiado largo para la ventana de contexto: necesita {needed} tokens (con el prompt del sistema y la plantilla de chat) y el contexto admite {n_ctx}, dejando espacio para una respuesta. Acorta el mensaje o aumenta la longitud de contexto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat template ({origin}) is not valid: {detail}</source>
        <translation>La plantilla de chat ({origin}) no es válida: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped: {reason}.</source>
        <translation>La plantilla de chat ({origin}) se detuvo: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped.</source>
        <translation>La plantilla de chat ({origin}) se detuvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat template ({origin}) failed: {detail}</source>
        <translation>La plantilla de chat ({origin}) falló: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model&apos;s chat template was refused: {reason}. gpt4local uses the {family} format instead.</source>
        <translation>Se rechazó la plantilla de chat de este modelo: {reason}. gpt4local usa el formato {family} en su lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model&apos;s chat template is not valid Jinja ({detail}). gpt4local uses the {family} format instead.</source>
        <translation>La plantilla de chat de este modelo no es Jinja válido ({detail}). gpt4local usa el formato {family} en su lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is already installed.</source>
        <translation>{name} ya está instalado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up {name}</source>
        <translation>Consultando {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading {name}</source>
        <translation>Descargando {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Hub did not say how large {name} is.</source>
        <translation>El Hub no indicó el tamaño de {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has changed on the Hub since this catalog was made (its checksum differs). Update the catalog, or pick the file in the Hugging Face search.</source>
        <translation>{name} cambió en el Hub desde que se hizo este catálogo (su suma de comprobación es distinta). Actualiza el catálogo o elige el archivo en la búsqueda de Hugging Face.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough disk space for {name}: it needs {needed} (including {margin} to spare) and {folder} has {free} free.</source>
        <translation>No hay suficiente espacio en disco para {name}: necesita {needed} (incluidos {margin} de margen) y {folder} tiene {free} libres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the server sent more bytes than the file has; the partial download was deleted. Try again.</source>
        <translation>{name}: el servidor envió más bytes de los que tiene el archivo; se eliminó la descarga parcial. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to continue {name}.</source>
        <translation>El servidor se negó a continuar {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered {status}.</source>
        <translation>El servidor respondió {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full ({folder}). {kept} Free some space, then try again.</source>
        <translation>El disco está lleno ({folder}). {kept} Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} arrived damaged (its sha256 does not match the published one), so it was deleted. Download it again.</source>
        <translation>{name} llegó dañado (su sha256 no coincide con el publicado), así que se eliminó. Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be downloaded. {reason}</source>
        <translation>No se puede descargar {name}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} stopped: {reason} (after {retries} retries). {kept}</source>
        <translation>{name} se detuvo: {reason} (tras {retries} reintentos). {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered {status}</source>
        <translation>el servidor respondió {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was downloaded; try again later.</source>
        <translation>No se descargó nada; inténtalo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {size} downloaded so far is kept: try again to continue from there.</source>
        <translation>Se conservan los {size} descargados hasta ahora: vuelve a intentarlo para continuar desde ahí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{repo} is gated: accept its conditions on the Hugging Face website, then add an access token (Access token… on the Hugging Face tab, `gpt4local models token set`, or the HF_TOKEN environment variable).</source>
        <translation>{repo} tiene acceso restringido: acepta sus condiciones en el sitio web de Hugging Face y luego agrega un token de acceso (Token de acceso… en la pestaña Hugging Face, `gpt4local models token set` o la variable de entorno HF_TOKEN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} was not found on {endpoint} (or it is private and needs a token).</source>
        <translation>No se encontró {repo} en {endpoint} (o es privado y necesita un token).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{repo} has no such revision.</source>
        <translation>{repo} no tiene esa revisión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is not in {repo}.</source>
        <translation>Ese archivo no está en {repo}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered {status}.</source>
        <translation>{what} falló: el Hub respondió {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered 429 (too many requests: wait a minute).</source>
        <translation>{what} falló: el Hub respondió 429 (demasiadas solicitudes: espera un minuto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} failed. {reason}</source>
        <translation>{what} falló. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: {endpoint} sent an answer gpt4local does not understand ({detail}).</source>
        <translation>{what} falló: {endpoint} envió una respuesta que gpt4local no entiende ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching Hugging Face</source>
        <translation>Buscando en Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the files of {repo}</source>
        <translation>Listando los archivos de {repo}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the header of {name}</source>
        <translation>Leyendo la cabecera de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ends inside its GGUF header.</source>
        <translation>{name} termina dentro de su cabecera GGUF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a usable GGUF: {detail}.</source>
        <translation>{name} no es un GGUF utilizable: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network access is switched off (HF_HUB_OFFLINE is set); unset it to download.</source>
        <translation>El acceso a la red está desactivado (HF_HUB_OFFLINE está definida); quítala para descargar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server redirected to {target}: only http:// and https:// addresses are followed.</source>
        <translation>El servidor redirigió a {target}: solo se siguen direcciones http:// y https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to {host}: check the internet connection or proxy.</source>
        <translation>No se puede conectar con {host}: revisa la conexión a internet o el proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to {host} broke: {detail}.</source>
        <translation>Se cortó la conexión con {host}: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} answered {status} for {url}.</source>
        <translation>{host} respondió {status} para {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to {host} failed: {detail}</source>
        <translation>Falló la comunicación con {host}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a web address: {url}</source>
        <translation>No es una dirección web: {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} sent more than {limit} bytes; ignored.</source>
        <translation>{url} envió más de {limit} bytes; se ignoró.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} did not send {url} within {seconds} s.</source>
        <translation>{host} no envió {url} en {seconds} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save your chats: {reason}</source>
        <translation>No se pudieron guardar tus chats: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import the chat: {reason}</source>
        <translation>No se pudo importar el chat: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not update the search index: {reason}</source>
        <translation>No se pudo actualizar el índice de búsqueda: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not upgrade your chats to version {version} (they were left as they were): {reason}</source>
        <translation>No se pudieron actualizar tus chats a la versión {version} (se dejaron como estaban): {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full ({detail}). Free some space, then try again</source>
        <translation>el disco está lleno ({detail}). Libera espacio y vuelve a intentarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read your chats: {reason}</source>
        <translation>No se pudieron leer tus chats: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open your chats ({path}): {reason}</source>
        <translation>No se pudieron abrir tus chats ({path}): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not create the folder for your chats: {reason}</source>
        <translation>No se pudo crear la carpeta para tus chats: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chats ({path}) are damaged and could not be set aside: {reason}</source>
        <translation>Tus chats ({path}) están dañados y no se pudieron apartar: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chat history was damaged and could not be read. It was kept as {name} in {folder} and a new, empty history was started.</source>
        <translation>Tu historial de chats estaba dañado y no se pudo leer. Se guardó como {name} en {folder} y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your chats ({path}) were written by a newer gpt4local (chat file version {version}; this one reads up to version {supported}). Update gpt4local to open them; the file was left unchanged.</source>
        <translation>Tus chats ({path}) los escribió un gpt4local más reciente (versión de archivo de chats {version}; este lee hasta la versión {supported}). Actualiza gpt4local para abrirlos; el archivo no se modificó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not back up your chats before upgrading them ({reason}); nothing was changed.</source>
        <translation>No se pudo hacer una copia de seguridad de tus chats antes de actualizarlos ({reason}); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context length must be at least 64 tokens, not {value}.</source>
        <translation>La longitud de contexto debe ser de al menos 64 tokens, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads must be 0 (automatic) or more, not {value}.</source>
        <translation>Los hilos deben ser 0 (automático) o más, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch size must be at least 1, not {value}.</source>
        <translation>El tamaño de lote debe ser al menos 1, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The KV cache type must be one of {choices}, not {value}.</source>
        <translation>El tipo de caché KV debe ser uno de {choices}, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature must be 0 or more, not {value}.</source>
        <translation>La temperatura debe ser 0 o más, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_p must be more than 0 and at most 1, not {value}.</source>
        <translation>top_p debe ser mayor que 0 y como máximo 1, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_k must be 0 (off) or more, not {value}.</source>
        <translation>top_k debe ser 0 (desactivado) o más, no {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min_p must be from 0 (off) to 1, not {value}.</source>
        <translation>min_p debe estar entre 0 (desactivado) y 1, no {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repeat penalty must be more than 0 (1.0 turns it off), not {value}.</source>
        <translation>La penalización por repetición debe ser mayor que 0 (1.0 la desactiva), no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat window must be 0 or more, not {value}.</source>
        <translation>La ventana de repetición debe ser 0 o más, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer length must be 0 (until the context is full) or more, not {value}.</source>
        <translation>La longitud de respuesta debe ser 0 (hasta llenar el contexto) o más, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quantised KV cache needs flash attention.</source>
        <translation>Una caché KV cuantizada necesita flash attention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU layers must be -1 (as many as fit), 0 (CPU only) or more.</source>
        <translation>Las capas en GPU deben ser -1 (todas las que quepan), 0 (solo CPU) o más.</translation>
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
        <translation>Progreso de {name}</translation>
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
        <translation>Pausar, reanudar o reintentar la descarga de {name}</translation>
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
        <translation>Detener la descarga de {name} o quitarla de esta lista</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking {percent}%</source>
        <translation>Comprobando {percent} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%p%</source>
        <comment>the progress bar&apos;s percentage</comment>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the download before it</source>
        <translation>Esperando a la descarga anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused · {figures}</source>
        <translation>En pausa · {figures}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed: {path}</source>
        <translation>Instalado: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location line="-98"/>
        <source>{done} of {total} ({percent}%)</source>
        <translation>{done} de {total} ({percent} %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{duration} left</source>
        <translation>quedan {duration}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the file (sha256)</source>
        <translation>Comprobando el archivo (sha256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location line="+91"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
</context>
<context>
    <name>FirstStartFlow</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/flow.py" line="+79"/>
        <source>Starting the download…</source>
        <translation>Iniciando la descarga…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{done} of {total} already downloaded: the download continues from there.</source>
        <translation>Ya hay {done} de {total} descargados: la descarga continúa desde ahí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} already downloaded: the download continues from there.</source>
        <translation>Ya hay {done} descargados: la descarga continúa desde ahí.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for another download to finish…</source>
        <translation>Esperando a que termine otra descarga…</translation>
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
        <translation>Reintentando · {figures}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading · {figures}</source>
        <translation>Descargando · {figures}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} was not loaded.</source>
        <translation>No se cargó {name}.</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <location filename="../../gpt4local/ui/engine/fit_dialog.py" line="+38"/>
        <source>This model may not fit in memory</source>
        <translation>Puede que este modelo no quepa en memoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} needs about {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} necesita unos {needed} de memoria con un contexto de {context} tokens, y ahora hay {available} disponibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{model} needs {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} necesita {needed} de memoria con un contexto de {context} tokens, y ahora hay {available} disponibles.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context length</source>
        <translation>Longitud de contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load with these settings</source>
        <translation>Cargar con esta configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway</source>
        <translation>Cargar de todos modos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A context of {context} tokens fits if the KV cache is {cache}.</source>
        <translation>Un contexto de {context} tokens cabe si la caché KV es {cache}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {context} tokens fits.</source>
        <translation>Un contexto de {context} tokens cabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even the shortest context does not fit; choose a smaller model.</source>
        <translation>Ni siquiera el contexto más corto cabe; elige un modelo más pequeño.</translation>
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
        <translation>⚠ justo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ too big</source>
        <translation>✗ demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ cannot load</source>
        <translation>✗ no se puede cargar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fits comfortably: needs about {need} at context {context}, {available} available</source>
        <translation>cabe con holgura: necesita unos {need} con contexto {context}, {available} disponibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fits comfortably: needs {need} at context {context}, {available} available</source>
        <translation>cabe con holgura: necesita {need} con contexto {context}, {available} disponibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tight: needs about {need} at context {context}, {available} available</source>
        <translation>justo: necesita unos {need} con contexto {context}, {available} disponibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tight: needs {need} at context {context}, {available} available</source>
        <translation>justo: necesita {need} con contexto {context}, {available} disponibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not fit: needs about {need} at context {context}, {available} available</source>
        <translation>no cabe: necesita unos {need} con contexto {context}, {available} disponibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not fit: needs {need} at context {context}, {available} available</source>
        <translation>no cabe: necesita {need} con contexto {context}, {available} disponibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest context that fits: {tokens} tokens.</source>
        <translation>Contexto más grande que cabe: {tokens} tokens.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n layers fit in the GPU&apos;s memory.</source>
        <translation>
            <numerusform>%n capa cabe en la memoria de la GPU.</numerusform>
            <numerusform>%n capas caben en la memoria de la GPU.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} B</source>
        <comment>billions of parameters</comment>
        <translation>{number} B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} M</source>
        <comment>millions of parameters</comment>
        <translation>{number} M</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approximate: estimated from the file size alone.</source>
        <translation>Aproximado: estimado solo a partir del tamaño del archivo.</translation>
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
        <translation>Predeterminado del sistema ({size} pt)</translation>
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
        <translation>{first} y {second}</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/pages.py" line="+37"/>
        <source>Folder for models</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model used last</source>
        <translation>El último modelo usado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads for generating. Automatic uses up to 4 cores.</source>
        <translation>Hilos de CPU para generar. Automático usa hasta 4 núcleos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read my message while I type</source>
        <translation>Leer mi mensaje mientras escribo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When typing pauses, the model reads what is written so far, so the answer starts at once when it is sent. Uses the CPU during those pauses.</source>
        <translation>Cuando dejas de escribir un momento, el modelo lee lo escrito hasta ahora, así la respuesta empieza en cuanto lo envías. Usa la CPU durante esas pausas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Models folder:</source>
        <translation>Carpeta de modelos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size:</source>
        <translation>Tamaño de letra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model at start:</source>
        <translation>Modelo al iniciar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} (not found)</source>
        <translation>{name} (no encontrado)</translation>
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
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions the model sees before every chat.</source>
        <translation>Instrucciones que el modelo ve antes de cada chat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher gives more varied answers; 0 always picks the likeliest word.</source>
        <translation>Un valor más alto da respuestas más variadas; 0 siempre elige la palabra más probable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from the likeliest words whose probabilities add up to this.</source>
        <translation>Elige solo entre las palabras más probables cuyas probabilidades suman este valor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from this many likeliest words.</source>
        <translation>Elige solo entre esta cantidad de palabras más probables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop words less likely than this fraction of the likeliest one.</source>
        <translation>Descarta las palabras menos probables que esta fracción de la más probable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above 1 discourages repeating recent words; 1 turns it off.</source>
        <translation>Por encima de 1 evita repetir palabras recientes; 1 la desactiva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty window</source>
        <translation>Ventana de penalización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many recent tokens the repeat penalty looks at.</source>
        <translation>Cuántos tokens recientes mira la penalización por repetición.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max answer length</source>
        <translation>Longitud máxima de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until the context is full</source>
        <translation>Hasta llenar el contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest answer; a token is about three quarters of a word. Without a limit the model writes until it is done or the context is full.</source>
        <translation>La respuesta más larga; un token es unas tres cuartas partes de una palabra. Sin límite, el modelo escribe hasta terminar o hasta llenar el contexto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context length</source>
        <translation>Longitud de contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of the conversation the model sees. More needs more memory.</source>
        <translation>Cuánto de la conversación ve el modelo. Más necesita más memoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens processed at once: larger is faster and needs more memory.</source>
        <translation>Tokens del prompt procesados a la vez: más grande es más rápido y necesita más memoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As many as fit</source>
        <translation>Todas las que quepan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to run on the GPU, where this build can use one; 0 runs on the CPU only.</source>
        <translation>Capas que se ejecutan en la GPU, si esta compilación puede usar una; 0 ejecuta solo en la CPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16-bit (f16)</source>
        <translation>16 bits (f16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0): half the memory</source>
        <translation>8 bits (q8_0): la mitad de memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0): a quarter of the memory</source>
        <translation>4 bits (q4_0): una cuarta parte de memoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the model keeps the conversation. 8-bit fits twice the context in the same memory, with almost no loss; 4-bit four times, with some.</source>
        <translation>Donde el modelo guarda la conversación. Con 8 bits cabe el doble de contexto en la misma memoria, casi sin pérdida; con 4 bits, cuatro veces, con algo de pérdida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Aleatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed seed gives the same answer to the same prompt.</source>
        <translation>Una semilla fija da la misma respuesta al mismo prompt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use a different value for this model</source>
        <translation>Usar otro valor para este modelo</translation>
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
        <translation>Busca modelos GGUF en Hugging Face, p. ej., “qwen 7b”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in a GGUF repository&apos;s name; Enter searches</source>
        <translation>Palabras del nombre de un repositorio GGUF; Intro busca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the results</source>
        <translation>Orden de los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most downloaded</source>
        <translation>Más descargados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most liked</source>
        <translation>Con más me gusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently updated</source>
        <translation>Actualizados recientemente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trending</source>
        <translation>En tendencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>Search</source>
        <comment>verb</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Search Hugging Face for GGUF models</source>
        <translation>Busca modelos GGUF en Hugging Face</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token…</source>
        <translation>Token de acceso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For gated models (Llama, Gemma…): a Hugging Face token of an account that accepted the model&apos;s conditions</source>
        <translation>Para modelos con acceso restringido (Llama, Gemma…): un token de Hugging Face de una cuenta que aceptó las condiciones del modelo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{repository}  🔒 gated</source>
        <translation>{repository}  🔒 restringido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloads</source>
        <comment>how often a model was downloaded</comment>
        <translation>Descargas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repositories found</source>
        <translation>Repositorios encontrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one to list its GGUF files</source>
        <translation>Elige uno para ver sus archivos GGUF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ installed</source>
        <translation>✓ instalado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not supported</source>
        <translation>no compatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>¿Cabe aquí?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GGUF files of the chosen repository</source>
        <translation>Archivos GGUF del repositorio elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per quantisation; double-click downloads it</source>
        <translation>Un archivo por cuantización; doble clic lo descarga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a repository, then a file (quantisation) to download.</source>
        <translation>Elige un repositorio y luego un archivo (cuantización) para descargar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen file into the models folder</source>
        <translation>Descarga el archivo elegido en la carpeta de modelos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search Hugging Face for a model</source>
        <translation>Busca un modelo en Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name above, e.g. “qwen 7b” or “llama 3.2”, and press Enter. Each file then says whether it fits this computer.</source>
        <translation>Escribe un nombre arriba, p. ej., “qwen 7b” o “llama 3.2”, y pulsa Intro. Cada archivo indica si cabe en esta computadora.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repositories found.</source>
        <translation>
            <numerusform>Se encontró %n repositorio.</numerusform>
            <numerusform>Se encontraron %n repositorios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found; try other words.</source>
        <translation>No se encontró nada; prueba con otras palabras.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing on Hugging Face matches “{words}”</source>
        <translation>Nada en Hugging Face coincide con “{words}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try other words, or fewer: a model family alone (“qwen”, “gemma”, “phi”) finds the most. Only repositories with GGUF files are listed.</source>
        <translation>Prueba con otras palabras, o con menos: solo una familia de modelos (“qwen”, “gemma”, “phi”) es lo que más encuentra. Solo se muestran repositorios con archivos GGUF.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listing the files of {repository}…</source>
        <translation>Listando los archivos de {repository}…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n GGUF files in {repository}.</source>
        <translation>
            <numerusform>%n archivo GGUF en {repository}.</numerusform>
            <numerusform>%n archivos GGUF en {repository}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{repository} has no GGUF files.</source>
        <translation>{repository} no tiene archivos GGUF.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>split into %n files; gpt4local downloads single-file GGUFs only (choose a smaller quantisation)</source>
        <translation>
            <numerusform>dividido en %n archivo; gpt4local solo descarga GGUF de un único archivo (elige una cuantización más pequeña)</numerusform>
            <numerusform>dividido en %n archivos; gpt4local solo descarga GGUF de un único archivo (elige una cuantización más pequeña)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a vision projector (mmproj), not a chat model</source>
        <translation>un proyector de visión (mmproj), no un modelo de chat</translation>
    </message>
</context>
<context>
    <name>InstalledTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="+53"/>
        <source>{name} (added from elsewhere)</source>
        <translation>{name} (agregado desde otro lugar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits here?</source>
        <translation>¿Cabe aquí?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a model to chat with it</source>
        <translation>Haz doble clic en un modelo para chatear con él</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>No models installed yet</source>
        <translation>Aún no hay modelos instalados</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Browse the catalog</source>
        <translation>Explorar el catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curated models, each with whether it fits this computer</source>
        <translation>Modelos seleccionados, indicando si caben en esta computadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find any GGUF model on Hugging Face</source>
        <translation>Busca cualquier modelo GGUF en Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add model file…</source>
        <translation>Agregar archivo de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a GGUF file you already have, where it is</source>
        <translation>Usa un archivo GGUF que ya tienes, donde está</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with it</source>
        <translation>Chatear con él</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected model and open the chat</source>
        <translation>Carga el modelo seleccionado y abre el chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected model&apos;s file, after asking</source>
        <translation>Elimina el archivo del modelo seleccionado, tras preguntar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder that holds the selected model in the file manager</source>
        <translation>Abre en el administrador de archivos la carpeta que contiene el modelo seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change models folder…</source>
        <translation>Cambiar carpeta de modelos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder models are downloaded to and looked for in</source>
        <translation>Elige la carpeta donde se descargan y se buscan los modelos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Models folder: {folder}</source>
        <translation>Carpeta de modelos: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download one from the catalog (★ marks a good first choice), search Hugging Face, or add a GGUF file you already have. Downloads go to the models folder, {folder}; a model copied there shows up here by itself.</source>
        <translation>Descarga uno del catálogo (★ marca una buena primera opción), busca en Hugging Face o agrega un archivo GGUF que ya tengas. Las descargas van a la carpeta de modelos, {folder}; un modelo copiado ahí aparece aquí automáticamente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove {name} from the list? The file stays where it is ({folder}).</source>
        <translation>¿Quitar {name} de la lista? El archivo se queda donde está ({folder}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} ({size}) from disk?</source>
        <translation>¿Eliminar {name} ({size}) del disco?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a GGUF model file</source>
        <translation>Agregar un archivo de modelo GGUF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the models folder</source>
        <translation>Elige la carpeta de modelos</translation>
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
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language shows after a restart.</source>
        <translation>El nuevo idioma se muestra tras reiniciar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gpt4local/ui/window/main_window.py" line="+111"/>
        <source>Home</source>
        <translation>Inicio</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a model…</source>
        <translation>Elige un modelo…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add a GGUF model file</source>
        <translation>Agregar un archivo de modelo GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>Este modelo no tiene una plantilla de chat utilizable; se usa el formato {family}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save settings: {problem}</source>
        <translation>No se pudo guardar la configuración: {problem}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Generation settings: {problem}; the defaults are used.</source>
        <translation>Configuración de generación: {problem}; se usan los valores predeterminados.</translation>
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
        <translation>Copia el texto de este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message and send it again</source>
        <translation>Edita este mensaje y envíalo de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this answer again</source>
        <translation>Genera esta respuesta de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on writing this answer where it stopped</source>
        <translation>Continúa esta respuesta donde se detuvo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="+42"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Escribe un mensaje: Intro envía, Mayús+Intro, nueva línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="-148"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../gpt4local/ui/engine/loader.py" line="+67"/>
        <source>Load settings: {problem}; the defaults are used.</source>
        <translation>Configuración de carga: {problem}; se usan los valores predeterminados.</translation>
    </message>
</context>
<context>
    <name>ModelPopup</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/popup.py" line="+42"/>
        <source>No models yet — download one on the Models page, or “Add model file…”</source>
        <translation>Aún no hay modelos: descarga uno en la página Modelos, o “Agregar archivo de modelo…”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a model</source>
        <translation>Elige un modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search models</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add model file…</source>
        <translation>Agregar archivo de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a GGUF file from anywhere</source>
        <translation>Carga un archivo GGUF desde cualquier lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage models</source>
        <translation>Administrar modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the Models page: download, delete and see every installed model</source>
        <translation>Muestra la página Modelos: descarga, elimina y ve todos los modelos instalados</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No model matches “{words}”</source>
        <translation>Ningún modelo coincide con “{words}”</translation>
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
        <translation>eliminado; aún cargado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added from elsewhere</source>
        <translation>agregado desde otro lugar</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/row_delegate.py" line="+24"/>
        <source>Loaded</source>
        <translation>Cargado</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/selector.py" line="+41"/>
        <source>Choose a model</source>
        <translation>Elige un modelo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the model</source>
        <translation>Cargando el modelo</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading {name}… {percent}%</source>
        <translation>Cargando {name}… {percent} %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{type} KV cache</source>
        <translation>caché KV {type}</translation>
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
            <numerusform>Ningún modelo cargado · %n instalado</numerusform>
            <numerusform>Ningún modelo cargado · %n instalados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model loaded · add one or download one</source>
        <translation>Ningún modelo cargado · agrega o descarga uno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the model to chat with ({keys})</source>
        <translation>Elige el modelo con el que chatear ({keys})</translation>
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
        <translation>De dónde vienen los modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curated models, each judged for this computer</source>
        <translation>Modelos seleccionados, cada uno evaluado para esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face for any GGUF model</source>
        <translation>Busca cualquier modelo GGUF en Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models on this computer</source>
        <translation>Los modelos de esta computadora</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Could not list the installed models: {reason}</source>
        <translation>No se pudieron listar los modelos instalados: {reason}</translation>
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
        <translation>Restablecer este modelo a los valores predeterminados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings for this model (checked ones replace the defaults)</source>
        <translation>Configuración de este modelo (las marcadas reemplazan los valores predeterminados)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No models are installed yet: add one on the Models page.</source>
        <translation>Aún no hay modelos instalados: agrega uno en la página Modelos.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{model}: {problem}</source>
        <translation>{model}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template of {model}: {problem}</source>
        <translation>La plantilla de chat de {model}: {problem}</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="-81"/>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
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
        <translation>Muestra la página {page}; atajo {shortcuts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the {page} page</source>
        <translation>Muestra la página {page}</translation>
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
        <translation>Descargar y empezar a chatear</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the download</source>
        <translation>Cancela la descarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what is already here is kept, and the next download resumes from it</source>
        <translation>Detiene la descarga; lo ya descargado se conserva y la próxima descarga continúa desde ahí</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on from the step that failed</source>
        <translation>Continúa desde el paso que falló</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>NO MODEL TO SUGGEST</source>
        <translation>NINGÚN MODELO QUE SUGERIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model in the catalog fits this computer comfortably</source>
        <translation>Ningún modelo del catálogo cabe con holgura en esta computadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RECOMMENDED FOR THIS COMPUTER</source>
        <translation>RECOMENDADO PARA ESTA COMPUTADORA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download {name} ({size}), load it and open a chat</source>
        <translation>Descarga {name} ({size}), lo carga y abre un chat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{size} download · {parameters} parameters · {verdict}</source>
        <translation>Descarga de {size} · {parameters} parámetros · {verdict}</translation>
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
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the answer</source>
        <translation>Detiene la respuesta</translation>
    </message>
</context>
<context>
    <name>SettingsLink</name>
    <message>
        <location filename="../../gpt4local/ui/window/settings_link.py" line="+62"/>
        <source>Your changed settings are not applied yet: they wait on the Settings page.</source>
        <translation>Tus cambios de configuración aún no se aplican: esperan en la página Configuración.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>changes not applied yet</source>
        <translation>cambios aún sin aplicar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings not applied</source>
        <translation>Configuración sin aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings were changed on the Settings page but not applied. Apply them?</source>
        <translation>Se cambió parte de la configuración en la página Configuración, pero no se aplicó. ¿Aplicarla?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/page.py" line="+57"/>
        <source>context length</source>
        <translation>longitud de contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>tamaño de lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>capas en GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>caché KV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>hilos de CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat template</source>
        <translation>plantilla de chat</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings as they were last applied</source>
        <translation>Muestra la configuración tal como se aplicó la última vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used for every model, except where the Per model tab says otherwise.</source>
        <translation>Se usa para todos los modelos, salvo donde la pestaña Por modelo diga otra cosa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Generación</translation>
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
        <translation>Primero corrige el valor en la pestaña {tab}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The new {setting} applies when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>El nuevo valor de {setting} se aplica cuando {model} se vuelva a cargar: elígelo de nuevo en el selector de modelos. El resto de la configuración se aplica desde la próxima respuesta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new {setting} apply when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>Los nuevos valores de {setting} se aplican cuando {model} se vuelva a cargar: elígelo de nuevo en el selector de modelos. El resto de la configuración se aplica desde la próxima respuesta.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../gpt4local/ui/window/single_instance.py" line="+65"/>
        <source>process {pid}</source>
        <translation>proceso {pid}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../gpt4local/ui/app.py" line="+48"/>
        <source>Cannot create the data folders ({problem}). Set GPT4LOCAL_HOME to a writable folder.</source>
        <translation>No se pueden crear las carpetas de datos ({problem}). Define GPT4LOCAL_HOME con una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{app} is already running with the data folder {folder} ({holder}), and its window did not come forward. Close it first, or set GPT4LOCAL_HOME to another folder to run a second copy.</source>
        <translation>{app} ya se está ejecutando con la carpeta de datos {folder} ({holder}), y su ventana no pasó al frente. Ciérralo primero, o define GPT4LOCAL_HOME con otra carpeta para ejecutar una segunda copia.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../gpt4local/ui/settings/template_editor.py" line="+57"/>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s template</source>
        <translation>Restablecer la plantilla del modelo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample conversation rendered with the template</source>
        <translation>Conversación de ejemplo generada con la plantilla</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model chosen.</source>
        <translation>No se eligió ningún modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the model file…</source>
        <translation>Leyendo el archivo del modelo…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s template could not be read: {problem}</source>
        <translation>No se pudo leer la plantilla del modelo: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model has no chat template; gpt4local uses the {family} format.</source>
        <translation>Este modelo no tiene plantilla de chat; gpt4local usa el formato {family}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A sample conversation with this template (special tokens such as BOS left out):</source>
        <translation>Una conversación de ejemplo con esta plantilla (sin tokens especiales como BOS):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{caption} {note}</source>
        <translation>{caption} {note}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Custom template: it replaces the model&apos;s own for this model.</source>
        <translation>Plantilla personalizada: reemplaza la propia del modelo para este modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s own template, from its file.</source>
        <translation>La plantilla propia del modelo, de su archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fallback template gpt4local chose for this model.</source>
        <translation>La plantilla de reserva que gpt4local eligió para este modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the model&apos;s own template.</source>
        <translation>Déjalo vacío para usar la plantilla propia del modelo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The model&apos;s own template fails: {problem}</source>
        <translation>La plantilla propia del modelo falla: {problem}</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../gpt4local/ui/models/token_dialog.py" line="+21"/>
        <source>The token in the HF_TOKEN environment variable is used (it comes before a saved one).</source>
        <translation>Se usa el token de la variable de entorno HF_TOKEN (tiene prioridad sobre uno guardado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token is saved in {keychain}.</source>
        <translation>Hay un token guardado en {keychain}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is saved &lt;b&gt;in plain text&lt;/b&gt; in settings.json by an older gpt4local. Remove it, then save it again or set HF_TOKEN.</source>
        <translation>Un gpt4local anterior guardó un token &lt;b&gt;en texto plano&lt;/b&gt; en settings.json. Quítalo y luego guárdalo de nuevo o define HF_TOKEN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token is saved; the one from &lt;code&gt;hf auth login&lt;/code&gt; is used if you have one.</source>
        <translation>No hay ningún token guardado; si tienes uno de &lt;code&gt;hf auth login&lt;/code&gt;, se usa ese.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Hugging Face access token</source>
        <translation>Token de acceso de Hugging Face</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Gated models (Llama, Gemma…) need a token of a Hugging Face account that accepted their conditions.</source>
        <translation>Los modelos con acceso restringido (Llama, Gemma…) necesitan un token de una cuenta de Hugging Face que haya aceptado sus condiciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts with hf_; saved in the system keychain</source>
        <translation>Empieza por hf_; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save in keychain</source>
        <translation>Guardar en el llavero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove saved token</source>
        <translation>Quitar el token guardado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{problem} gpt4local cannot save a token here and never writes one into its own files. Set the &lt;b&gt;HF_TOKEN&lt;/b&gt; environment variable instead (for example in ~/.profile), then restart gpt4local.</source>
        <translation>{problem} gpt4local no puede guardar un token aquí y nunca escribe uno en sus propios archivos. Define la variable de entorno &lt;b&gt;HF_TOKEN&lt;/b&gt; en su lugar (por ejemplo, en ~/.profile) y luego reinicia gpt4local.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/blocks.py" line="+32"/>
        <location line="+1"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>cortada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>contexto lleno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{tokens} tokens · {rate} · first token {seconds} s</source>
        <translation>{tokens} tokens · {rate} · primer token {seconds} s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/transcript/view.py" line="+75"/>
        <location line="+102"/>
        <source>Choose a model above, then type a message below.</source>
        <translation>Elige un modelo arriba y luego escribe un mensaje abajo.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move between messages; Tab reaches the message&apos;s actions.</source>
        <translation>Ctrl+Arriba y Ctrl+Abajo pasan de un mensaje a otro; Tab llega a las acciones del mensaje.</translation>
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
        <translation>{model} está listo: escribe un mensaje abajo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>… {count} more characters are not shown here. Copy, or export the chat, to have all of it.</source>
        <translation>… {count} caracteres más no se muestran aquí. Copia o exporta el chat para tenerlo completo.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/page.py" line="+40"/>
        <source>Add a GGUF model file</source>
        <translation>Agregar un archivo de modelo GGUF</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Start chatting</source>
        <translation>Empezar a chatear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new chat with your models</source>
        <translation>Abre un chat nuevo con tus modelos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a model file I already have</source>
        <translation>Agregar un archivo de modelo que ya tengo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF file on this computer; it is loaded and a chat opens</source>
        <translation>Elige un archivo GGUF de esta computadora; se carga y se abre un chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse all models</source>
        <translation>Explorar todos los modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the whole catalog and search Hugging Face</source>
        <translation>Ve el catálogo completo y busca en Hugging Face</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the models folder in the file manager</source>
        <translation>Muestra la carpeta de modelos en el administrador de archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the models folder</source>
        <translation>Cambia la carpeta de modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder in Settings</source>
        <translation>Elige otra carpeta en Configuración</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Models are kept in {folder}</source>
        <translation>Los modelos se guardan en {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to gpt4local</source>
        <translation>Te damos la bienvenida a gpt4local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your models are ready. Pick up where you left off, or try another model.</source>
        <translation>Tus modelos están listos. Continúa donde lo dejaste o prueba otro modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it. Start with the model below, picked for this computer.</source>
        <translation>Chatea con un modelo de IA que funciona por completo en esta computadora: nada de lo que escribes sale de ella. Empieza con el modelo de abajo, elegido para esta computadora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it.</source>
        <translation>Chatea con un modelo de IA que funciona por completo en esta computadora: nada de lo que escribes sale de ella.</translation>
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
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus the message box</source>
        <translation>Ir al cuadro de mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop generating</source>
        <translation>Detener la generación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the last answer</source>
        <translation>Copiar la última respuesta</translation>
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
        <translation>Importar desde JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About gpt4local</source>
        <translation>Acerca de gpt4local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied the last answer.</source>
        <translation>Se copió la última respuesta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: this chat has no messages.</source>
        <translation>Aún no hay nada que exportar: este chat no tiene mensajes.</translation>
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
        <translation>Se exportó el chat a {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a chat</source>
        <translation>Importar un chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gpt4local chat (*.json)</source>
        <translation>Chat de gpt4local (*.json)</translation>
    </message>
</context>
<context>
    <name>_Message</name>
    <message>
        <location filename="../../gpt4local/ui/window/error_banner.py" line="+45"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>_TransferWorker</name>
    <message>
        <location filename="../../gpt4local/ui/models/download_manager.py" line="+72"/>
        <source>Download failed unexpectedly: {error}</source>
        <translation>La descarga falló de forma inesperada: {error}</translation>
    </message>
</context>
</TS>
