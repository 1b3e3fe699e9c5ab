<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gpt4local/ui/window/about.py" line="+38"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit unmodified in the installation folder and may be replaced with your own builds. Their source code is at {link}.</source>
        <translation>Qt e PySide6 sono usati con la licenza GNU LGPL versione 3: le loro librerie si trovano non modificate nella cartella di installazione e possono essere sostituite con build personalizzate. Il loro codice sorgente è su {link}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not be loaded: {error}</source>
        <translation>caricamento non riuscito: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU offload available</source>
        <translation>offload sulla GPU disponibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no GPU offload</source>
        <translation>nessun offload sulla GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{backend} ({offload})</source>
        <translation>{backend} ({offload})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>llama.cpp backend</source>
        <translation>Backend llama.cpp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>nessuno trovato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats and data</source>
        <translation>Chat e dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A private ChatGPT that runs entirely on your own computer.</source>
        <translation>Un ChatGPT privato che funziona interamente sul tuo computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} is free software under the MIT license.</source>
        <translation>{app} è software libero con licenza MIT.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This build</source>
        <translation>Questa build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses of the bundled components</source>
        <translation>Licenze dei componenti inclusi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folders:</source>
        <translation>Cartelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses:</source>
        <translation>Licenze:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Copia i dettagli</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>AnswerStream</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/stream.py" line="+136"/>
        <source>Thinking…</source>
        <translation>Sto pensando…</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/catalog_tab.py" line="+42"/>
        <source>✓ installed</source>
        <translation>✓ installato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>Quantizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>Entra qui?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model catalog</source>
        <translation>Catalogo dei modelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ marks a good first choice; double-click downloads the chosen model</source>
        <translation>★ indica una buona prima scelta; un doppio clic scarica il modello scelto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>The model catalog could not be read</source>
        <translation>Impossibile leggere il catalogo dei modelli</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the catalog again</source>
        <translation>Rileggi il catalogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Cerca su Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a GGUF model on Hugging Face instead</source>
        <translation>Cerca invece un modello GGUF su Hugging Face</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model to read about it. ★ = a good first choice.</source>
        <translation>Scegli un modello per saperne di più. ★ = una buona prima scelta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>Scarica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen model into the models folder</source>
        <translation>Scarica il modello scelto nella cartella dei modelli</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{reason}. Try again, or search Hugging Face for a model meanwhile.</source>
        <translation>{reason}. Riprova, o nel frattempo cerca un modello su Hugging Face.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Best for this computer: &lt;b&gt;{name}&lt;/b&gt; — it needs {need} and {free} is free now.</source>
        <translation>Il migliore per questo computer: &lt;b&gt;{name}&lt;/b&gt; — richiede {need} e ora sono liberi {free}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of these models fits comfortably in the memory that is free now; close some programs, or look for a smaller quantisation on Hugging Face.</source>
        <translation>Nessuno di questi modelli entra comodamente nella memoria libera ora; chiudi qualche programma, o cerca una quantizzazione più piccola su Hugging Face.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Installed</source>
        <translation>Installato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {size}</source>
        <translation>Scarica {size}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>license {license}</source>
        <translation>licenza {license}</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/chat/page.py" line="+173"/>
        <source>Opening the conversation… {drawn} of %n messages</source>
        <translation>
            <numerusform>Apertura della conversazione… {drawn} di %n messaggio</numerusform>
            <numerusform>Apertura della conversazione… {drawn} di %n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model first — your message is kept in the box.</source>
        <translation>Prima scegli un modello — il tuo messaggio resta nella casella.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <source>Reading the conversation…</source>
        <translation>Lettura della conversazione…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the conversation… {done}/{total} tokens</source>
        <translation>Lettura della conversazione… {done}/{total} token</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The conversation is longer than the context: the oldest %n messages were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>La conversazione è più lunga del contesto: il messaggio più vecchio è stato escluso dalla vista del modello.</numerusform>
            <numerusform>La conversazione è più lunga del contesto: i %n messaggi più vecchi sono stati esclusi dalla vista del modello.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopped before the answer began.</source>
        <translation>Interrotto prima che iniziasse la risposta.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../gpt4local/ui/chat/session.py" line="+85"/>
        <source>The chat history is closed.</source>
        <translation>La cronologia delle chat è chiusa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chats: {kind}: {error}</source>
        <translation>Chat: {kind}: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{error} Your chats are kept only until you quit, this time.</source>
        <translation>{error} Questa volta le tue chat vengono conservate solo fino alla chiusura.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your chats cannot be opened: {error}</source>
        <translation>Impossibile aprire le tue chat: {error}</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Could not export the chat to {path}: {reason}.</source>
        <translation>Impossibile esportare la chat in {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsPanel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/panel.py" line="+68"/>
        <location line="+4"/>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="+39"/>
        <source>Chat settings</source>
        <translation>Impostazioni della chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close the chat settings</source>
        <translation>Chiudi le impostazioni della chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this chat only, from its next answer. New chats start from the defaults on the Settings page.</source>
        <translation>Solo per questa chat, dalla prossima risposta. Le nuove chat partono dai valori predefiniti della pagina Impostazioni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instructions the model follows in this chat</source>
        <translation>Istruzioni che il modello segue in questa chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Change it in the model&apos;s settings…</source>
        <translation>Modifica nelle impostazioni del modello…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The context length and chat template are the model&apos;s: the Settings page&apos;s Per model section changes them for every chat, and the model is loaded again.</source>
        <translation>La lunghezza del contesto e il template della chat appartengono al modello: la sezione Per modello della pagina Impostazioni li modifica per tutte le chat, e il modello viene ricaricato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the context length or chat template in the model&apos;s settings</source>
        <translation>Modifica la lunghezza del contesto o il template della chat nelle impostazioni del modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s defaults</source>
        <translation>Ripristina i valori predefiniti del modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This chat&apos;s system prompt and sampling values become the ones a new chat with this model starts from</source>
        <translation>Il prompt di sistema e i valori di campionamento di questa chat diventano quelli da cui parte una nuova chat con questo modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset this chat to the model&apos;s defaults</source>
        <translation>Ripristina questa chat ai valori predefiniti del modello</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling</source>
        <translation>Campionamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context and template</source>
        <translation>Contesto e template</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Context length: no model is loaded.</source>
        <translation>Lunghezza del contesto: nessun modello caricato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length: {tokens} tokens. It belongs to the model ({model}), not to the chat: every chat shares it, and changing it loads the model again.</source>
        <translation>Lunghezza del contesto: {tokens} token. Appartiene al modello ({model}), non alla chat: tutte le chat la condividono, e modificarla ricarica il modello.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{fields}: {problem}</source>
        <translation>{fields}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Until it is corrected, this chat keeps its last accepted value.</source>
        <translation>{problem} Finché non viene corretto, questa chat mantiene l&apos;ultimo valore accettato.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat template: your own, from this model&apos;s settings.</source>
        <translation>Template della chat: il tuo, dalle impostazioni di questo modello.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>Questo modello non ha un template della chat utilizzabile; uso il formato {family}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat template: the one in the model file.</source>
        <translation>Template della chat: quello del file del modello.</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="-3"/>
        <source>Chat settings: system prompt, sampling, context ({keys})</source>
        <translation>Impostazioni della chat: prompt di sistema, campionamento, contesto ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows or hides this chat&apos;s system prompt and sampling settings ({keys})</source>
        <translation>Mostra o nasconde il prompt di sistema e le impostazioni di campionamento di questa chat ({keys})</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_actions.py" line="+38"/>
        <location line="+2"/>
        <source>finished</source>
        <translation>completata</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>reached the answer length limit</source>
        <translation>raggiunto il limite di lunghezza della risposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>contesto pieno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>troncata</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Stopping the answer first…</source>
        <translation>Prima interrompo la risposta…</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+12"/>
        <source>Edit message</source>
        <translation>Modifica il messaggio</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your message:</source>
        <translation>Il tuo messaggio:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The %n message(s) after it will be replaced. Go on?</source>
        <translation>
            <numerusform>Il messaggio successivo verrà sostituito. Continuare?</numerusform>
            <numerusform>I %n messaggi successivi verranno sostituiti. Continuare?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{tokens} tokens · {rate} · first token after {seconds} s · {reason}</source>
        <translation>{tokens} token · {rate} · primo token dopo {seconds} s · {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_list.py" line="+51"/>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min ago</source>
        <translation>{minutes} min fa</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new chat ({keys})</source>
        <translation>Inizia una nuova chat ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Search chats</source>
        <translation>Cerca nelle chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the chats whose title or messages hold these words</source>
        <translation>Mostra le chat il cui titolo o i cui messaggi contengono queste parole</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter or double-click renames, Delete deletes; the context menu has both.</source>
        <translation>Prima le più recenti. Invio o doppio clic rinomina, Canc elimina; il menu contestuale offre entrambe le azioni.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+84"/>
        <source>Delete chat</source>
        <translation>Elimina la chat</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Search looks at titles and messages; try other words.</source>
        <translation>La ricerca guarda titoli e messaggi; prova altre parole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No chat matches “{words}”</source>
        <translation>Nessuna chat corrisponde a “{words}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet</source>
        <translation>Ancora nessuna chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a message to start one.</source>
        <translation>Scrivi un messaggio per iniziarne una.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this chat</source>
        <translation>questa chat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete “{title}” and all its messages?</source>
        <translation>Eliminare “{title}” e tutti i suoi messaggi?</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_model.py" line="+115"/>
        <source>Part of this chat could not be saved earlier, so it was opened again as it is saved; nothing was deleted.</source>
        <translation>Una parte di questa chat non era stata salvata, quindi è stata riaperta così com&apos;è salvata; non è stato eliminato nulla.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gpt4local/ui/i18n/core_messages.py" line="+31"/>
        <source>The memory {name} needs cannot be worked out: {detail}.</source>
        <translation>Impossibile calcolare la memoria che serve a {name}: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a symbolic link that leads back to itself (a loop).</source>
        <translation>{name} è un collegamento simbolico che rimanda a se stesso (un ciclo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a link to a file that no longer exists.</source>
        <translation>{name} è un collegamento a un file che non esiste più.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model file not found: {path}</source>
        <translation>File del modello non trovato: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the folder of {path}</source>
        <translation>Nessun permesso di leggere la cartella di {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossibile leggere {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a file: {path}</source>
        <translation>Non è un file: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read {path}</source>
        <translation>Nessun permesso di leggere {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty (0 bytes): there is no model in it.</source>
        <translation>{name} è vuoto (0 byte): non contiene alcun modello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;).</source>
        <translation>{name} non è un file di modello GGUF (non inizia con &apos;GGUF&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is truncated or damaged: {detail}. Download it again.</source>
        <translation>{name} è incompleto o danneggiato: {detail}. Scaricalo di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged: {detail}.</source>
        <translation>{name} è danneggiato: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is truncated: it needs {needed} bytes but has {size}. Download it again.</source>
        <translation>{name} è incompleto: servono {needed} byte ma ne ha {size}. Scaricalo di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be loaded: {problem}.</source>
        <translation>Impossibile caricare {name}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no &apos;general.architecture&apos; in its metadata.</source>
        <translation>{name} non ha &apos;general.architecture&apos; nei suoi metadati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} could not be read: {detail}</source>
        <translation>Impossibile leggere {name}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not in the models folder; it is not deleted.</source>
        <translation>{path} non è nella cartella dei modelli; non viene eliminato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot delete {name}: {reason}</source>
        <translation>Impossibile eliminare {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the models folder {folder}</source>
        <translation>Nessun permesso di leggere la cartella dei modelli {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the models folder {folder}: {reason}</source>
        <translation>Impossibile leggere la cartella dei modelli {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing other programs could free enough memory.</source>
        <translation>Chiudendo altri programmi potresti liberare abbastanza memoria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model was trained on {n_ctx_train} tokens of context.</source>
        <translation>Il modello è stato addestrato con {n_ctx_train} token di contesto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no swap space: if it is loaded anyway, it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>Questo computer non ha spazio di swap: se lo carichi comunque, potrebbe non riuscire, o il sistema potrebbe chiudere dei programmi (anche questo) per liberare memoria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading it anyway needs about {shortfall} more than is free, and only {free_swap} of swap is free: it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>Caricarlo comunque richiede circa {shortfall} più della memoria libera, e di swap sono liberi solo {free_swap}: potrebbe non riuscire, o il sistema potrebbe chiudere dei programmi (anche questo) per liberare memoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading it anyway puts about {shortfall} in swap ({free_swap} free): the whole computer can become slow while it swaps to disk.</source>
        <translation>Caricarlo comunque mette circa {shortfall} nello swap ({free_swap} liberi): tutto il computer può rallentare mentre sposta dati sul disco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available.</source>
        <translation>{name} non entra in memoria: richiede {needed} con contesto {n_ctx} e sono disponibili {available}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; a context of {fitting} would fit.</source>
        <translation>{name} non entra in memoria: richiede {needed} con contesto {n_ctx} e sono disponibili {available}; un contesto di {fitting} entrerebbe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; with a {kv_cache} KV cache a context of {fitting} would fit.</source>
        <translation>{name} non entra in memoria: richiede {needed} con contesto {n_ctx} e sono disponibili {available}; con una KV cache {kv_cache} entrerebbe un contesto di {fitting}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model catalog lists no models to suggest.</source>
        <translation>Il catalogo dei modelli non ha modelli da suggerire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the catalog&apos;s models fits comfortably in the memory free now ({available}); the smallest, {name}, needs about {needed}. Close some programs, or browse all models for a smaller one.</source>
        <translation>Nessuno dei modelli del catalogo entra comodamente nella memoria libera ora ({available}); il più piccolo, {name}, richiede circa {needed}. Chiudi qualche programma, o cerca un modello più piccolo tra tutti i modelli.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp could not load {name} (architecture &apos;{architecture}&apos;): {reason}</source>
        <translation>llama.cpp non è riuscito a caricare {name} (architettura &apos;{architecture}&apos;): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU load failed, using the CPU instead: {reason}</source>
        <translation>Caricamento sulla GPU non riuscito, uso la CPU: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp cannot use a {kv_cache} KV cache with this model (it needs flash attention, which was refused), so the cache is f16.</source>
        <translation>llama.cpp non può usare una KV cache {kv_cache} con questo modello (serve la flash attention, che è stata rifiutata), quindi la cache è f16.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>Nessun modello caricato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {name}: {reason}</source>
        <translation>Impossibile leggere {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {name}: {reason}</source>
        <translation>Impossibile caricare {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: {reason}</source>
        <translation>Generazione non riuscita: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: the answer ended without its statistics.</source>
        <translation>Generazione non riuscita: la risposta è terminata senza le sue statistiche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is too long for the context window: it needs {needed} tokens (with the system prompt and chat template) and the context holds {n_ctx}, with room for an answer. Shorten the message or raise the context length.</source>
        <translation>Il messaggio è troppo lungo per il contesto: richiede {needed} token (con il prompt di sistema e il template della chat) e il contesto ne contiene {n_ctx}, con spazio per una risposta. Accorcia il messaggio o aumenta la lunghezza del contesto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat template ({origin}) is not valid: {detail}</source>
        <translation>Il template della chat ({origin}) non è valido: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped: {reason}.</source>
        <translation>Il template della chat ({origin}) è stato interrotto: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped.</source>
        <translation>Il template della chat ({origin}) è stato interrotto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat template ({origin}) failed: {detail}</source>
        <translation>Il template della chat ({origin}) non è riuscito: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model&apos;s chat template was refused: {reason}. gpt4local uses the {family} format instead.</source>
        <translation>Il template della chat di questo modello è stato rifiutato: {reason}. gpt4local usa invece il formato {family}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model&apos;s chat template is not valid Jinja ({detail}). gpt4local uses the {family} format instead.</source>
        <translation>Il template della chat di questo modello non è Jinja valido ({detail}). gpt4local usa invece il formato {family}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is already installed.</source>
        <translation>{name} è già installato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up {name}</source>
        <translation>Ricerca di {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading {name}</source>
        <translation>Download di {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Hub did not say how large {name} is.</source>
        <translation>L&apos;Hub non ha indicato quanto è grande {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has changed on the Hub since this catalog was made (its checksum differs). Update the catalog, or pick the file in the Hugging Face search.</source>
        <translation>{name} è cambiato sull&apos;Hub da quando è stato creato questo catalogo (il checksum è diverso). Aggiorna il catalogo, o scegli il file nella ricerca di Hugging Face.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough disk space for {name}: it needs {needed} (including {margin} to spare) and {folder} has {free} free.</source>
        <translation>Spazio su disco insufficiente per {name}: richiede {needed} (con {margin} di margine) e in {folder} sono liberi {free}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the server sent more bytes than the file has; the partial download was deleted. Try again.</source>
        <translation>{name}: il server ha inviato più byte di quelli del file; il download parziale è stato eliminato. Riprova.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to continue {name}.</source>
        <translation>Il server ha rifiutato di riprendere {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered {status}.</source>
        <translation>Il server ha risposto {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full ({folder}). {kept} Free some space, then try again.</source>
        <translation>Il disco è pieno ({folder}). {kept} Libera un po&apos; di spazio, poi riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} arrived damaged (its sha256 does not match the published one), so it was deleted. Download it again.</source>
        <translation>{name} è arrivato danneggiato (il suo sha256 non corrisponde a quello pubblicato), quindi è stato eliminato. Scaricalo di nuovo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be downloaded. {reason}</source>
        <translation>Impossibile scaricare {name}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} stopped: {reason} (after {retries} retries). {kept}</source>
        <translation>{name} interrotto: {reason} (dopo {retries} tentativi). {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered {status}</source>
        <translation>il server ha risposto {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was downloaded; try again later.</source>
        <translation>Non è stato scaricato nulla; riprova più tardi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {size} downloaded so far is kept: try again to continue from there.</source>
        <translation>I {size} scaricati finora vengono conservati: riprova per continuare da lì.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{repo} is gated: accept its conditions on the Hugging Face website, then add an access token (Access token… on the Hugging Face tab, `gpt4local models token set`, or the HF_TOKEN environment variable).</source>
        <translation>{repo} è ad accesso limitato: accetta le sue condizioni sul sito di Hugging Face, poi aggiungi un token di accesso (Token di accesso… nella scheda Hugging Face, `gpt4local models token set`, o la variabile d&apos;ambiente HF_TOKEN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} was not found on {endpoint} (or it is private and needs a token).</source>
        <translation>{repo} non è stato trovato su {endpoint} (o è privato e richiede un token).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{repo} has no such revision.</source>
        <translation>{repo} non ha questa revisione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is not in {repo}.</source>
        <translation>Quel file non è in {repo}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered {status}.</source>
        <translation>{what}: l&apos;operazione non è riuscita, l&apos;Hub ha risposto {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered 429 (too many requests: wait a minute).</source>
        <translation>{what}: l&apos;operazione non è riuscita, l&apos;Hub ha risposto 429 (troppe richieste: aspetta un minuto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} failed. {reason}</source>
        <translation>{what}: l&apos;operazione non è riuscita. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: {endpoint} sent an answer gpt4local does not understand ({detail}).</source>
        <translation>{what}: l&apos;operazione non è riuscita, {endpoint} ha inviato una risposta che gpt4local non capisce ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching Hugging Face</source>
        <translation>Ricerca su Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the files of {repo}</source>
        <translation>Elenco dei file di {repo}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the header of {name}</source>
        <translation>Lettura dell&apos;intestazione di {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ends inside its GGUF header.</source>
        <translation>{name} finisce dentro la sua intestazione GGUF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a usable GGUF: {detail}.</source>
        <translation>{name} non è un GGUF utilizzabile: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network access is switched off (HF_HUB_OFFLINE is set); unset it to download.</source>
        <translation>L&apos;accesso alla rete è disattivato (HF_HUB_OFFLINE è impostata); rimuovila per scaricare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server redirected to {target}: only http:// and https:// addresses are followed.</source>
        <translation>Il server ha reindirizzato a {target}: vengono seguiti solo indirizzi http:// e https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} non ha risposto in tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to {host}: check the internet connection or proxy.</source>
        <translation>Impossibile connettersi a {host}: controlla la connessione a internet o il proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to {host} broke: {detail}.</source>
        <translation>La connessione a {host} si è interrotta: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} answered {status} for {url}.</source>
        <translation>{host} ha risposto {status} per {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to {host} failed: {detail}</source>
        <translation>Comunicazione con {host} non riuscita: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a web address: {url}</source>
        <translation>Non è un indirizzo web: {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} sent more than {limit} bytes; ignored.</source>
        <translation>{url} ha inviato più di {limit} byte; ignorato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} did not send {url} within {seconds} s.</source>
        <translation>{host} non ha inviato {url} entro {seconds} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save your chats: {reason}</source>
        <translation>Impossibile salvare le tue chat: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import the chat: {reason}</source>
        <translation>Impossibile importare la chat: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not update the search index: {reason}</source>
        <translation>Impossibile aggiornare l&apos;indice di ricerca: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not upgrade your chats to version {version} (they were left as they were): {reason}</source>
        <translation>Impossibile aggiornare le tue chat alla versione {version} (sono rimaste com&apos;erano): {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full ({detail}). Free some space, then try again</source>
        <translation>il disco è pieno ({detail}). Libera un po&apos; di spazio, poi riprova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read your chats: {reason}</source>
        <translation>Impossibile leggere le tue chat: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open your chats ({path}): {reason}</source>
        <translation>Impossibile aprire le tue chat ({path}): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not create the folder for your chats: {reason}</source>
        <translation>Impossibile creare la cartella per le tue chat: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chats ({path}) are damaged and could not be set aside: {reason}</source>
        <translation>Le tue chat ({path}) sono danneggiate e non è stato possibile metterle da parte: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chat history was damaged and could not be read. It was kept as {name} in {folder} and a new, empty history was started.</source>
        <translation>La cronologia delle chat era danneggiata e non è stato possibile leggerla. È stata conservata come {name} in {folder} ed è stata iniziata una nuova cronologia vuota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your chats ({path}) were written by a newer gpt4local (chat file version {version}; this one reads up to version {supported}). Update gpt4local to open them; the file was left unchanged.</source>
        <translation>Le tue chat ({path}) sono state scritte da un gpt4local più recente (versione del file delle chat {version}; questo legge fino alla versione {supported}). Aggiorna gpt4local per aprirle; il file non è stato modificato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not back up your chats before upgrading them ({reason}); nothing was changed.</source>
        <translation>Impossibile fare un backup delle tue chat prima di aggiornarle ({reason}); non è stato modificato nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context length must be at least 64 tokens, not {value}.</source>
        <translation>La lunghezza del contesto deve essere almeno 64 token, non {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads must be 0 (automatic) or more, not {value}.</source>
        <translation>I thread devono essere 0 (automatico) o più, non {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch size must be at least 1, not {value}.</source>
        <translation>La dimensione del batch deve essere almeno 1, non {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The KV cache type must be one of {choices}, not {value}.</source>
        <translation>Il tipo di KV cache deve essere uno tra {choices}, non {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature must be 0 or more, not {value}.</source>
        <translation>La temperatura deve essere 0 o più, non {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_p must be more than 0 and at most 1, not {value}.</source>
        <translation>top_p deve essere maggiore di 0 e al massimo 1, non {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_k must be 0 (off) or more, not {value}.</source>
        <translation>top_k deve essere 0 (disattivato) o più, non {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min_p must be from 0 (off) to 1, not {value}.</source>
        <translation>min_p deve essere tra 0 (disattivato) e 1, non {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repeat penalty must be more than 0 (1.0 turns it off), not {value}.</source>
        <translation>La penalità di ripetizione deve essere maggiore di 0 (1.0 la disattiva), non {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat window must be 0 or more, not {value}.</source>
        <translation>La finestra di ripetizione deve essere 0 o più, non {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer length must be 0 (until the context is full) or more, not {value}.</source>
        <translation>La lunghezza della risposta deve essere 0 (fino a riempire il contesto) o più, non {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quantised KV cache needs flash attention.</source>
        <translation>Una KV cache quantizzata richiede la flash attention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU layers must be -1 (as many as fit), 0 (CPU only) or more.</source>
        <translation>I layer GPU devono essere -1 (quanti ne entrano), 0 (solo CPU) o più.</translation>
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
        <translation>Avanzamento di {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Pause, resume or retry downloading {name}</source>
        <translation>Metti in pausa, riprendi o riprova il download di {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Stop downloading {name}, or take it off this list</source>
        <translation>Interrompi il download di {name}, o toglilo da questo elenco</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking {percent}%</source>
        <translation>Verifica {percent}%</translation>
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
        <translation>In attesa del download precedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused · {figures}</source>
        <translation>In pausa · {figures}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed: {path}</source>
        <translation>Installato: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location line="-98"/>
        <source>{done} of {total} ({percent}%)</source>
        <translation>{done} di {total} ({percent}%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{duration} left</source>
        <translation>{duration} rimanenti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Download in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Nuovo tentativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the file (sha256)</source>
        <translation>Verifica del file (sha256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location line="+91"/>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
</context>
<context>
    <name>FirstStartFlow</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/flow.py" line="+79"/>
        <source>Starting the download…</source>
        <translation>Avvio del download…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{done} of {total} already downloaded: the download continues from there.</source>
        <translation>{done} di {total} già scaricati: il download riprende da lì.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} already downloaded: the download continues from there.</source>
        <translation>{done} già scaricati: il download riprende da lì.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for another download to finish…</source>
        <translation>In attesa che finisca un altro download…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retrying · {figures}</source>
        <translation>Nuovo tentativo · {figures}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading · {figures}</source>
        <translation>Download · {figures}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} was not loaded.</source>
        <translation>{name} non è stato caricato.</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <location filename="../../gpt4local/ui/engine/fit_dialog.py" line="+38"/>
        <source>This model may not fit in memory</source>
        <translation>Questo modello potrebbe non entrare in memoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} needs about {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} richiede circa {needed} di memoria con un contesto di {context} token, e ora sono disponibili {available}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{model} needs {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} richiede {needed} di memoria con un contesto di {context} token, e ora sono disponibili {available}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context length</source>
        <translation>Lunghezza del contesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>Layer GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load with these settings</source>
        <translation>Carica con queste impostazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway</source>
        <translation>Carica comunque</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A context of {context} tokens fits if the KV cache is {cache}.</source>
        <translation>Un contesto di {context} token entra se la KV cache è {cache}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {context} tokens fits.</source>
        <translation>Un contesto di {context} token entra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even the shortest context does not fit; choose a smaller model.</source>
        <translation>Nemmeno il contesto più corto entra; scegli un modello più piccolo.</translation>
    </message>
</context>
<context>
    <name>FitWords</name>
    <message>
        <location filename="../../gpt4local/ui/models/fit_labels.py" line="+19"/>
        <source>✓ fits</source>
        <translation>✓ entra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ tight</source>
        <comment>the model only just fits in memory</comment>
        <translation>⚠ al limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ too big</source>
        <translation>✗ troppo grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ cannot load</source>
        <translation>✗ non caricabile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fits comfortably: needs about {need} at context {context}, {available} available</source>
        <translation>entra comodamente: richiede circa {need} con contesto {context}, {available} disponibili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fits comfortably: needs {need} at context {context}, {available} available</source>
        <translation>entra comodamente: richiede {need} con contesto {context}, {available} disponibili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tight: needs about {need} at context {context}, {available} available</source>
        <translation>al limite: richiede circa {need} con contesto {context}, {available} disponibili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tight: needs {need} at context {context}, {available} available</source>
        <translation>al limite: richiede {need} con contesto {context}, {available} disponibili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not fit: needs about {need} at context {context}, {available} available</source>
        <translation>non entra: richiede circa {need} con contesto {context}, {available} disponibili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not fit: needs {need} at context {context}, {available} available</source>
        <translation>non entra: richiede {need} con contesto {context}, {available} disponibili</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest context that fits: {tokens} tokens.</source>
        <translation>Contesto più grande che entra: {tokens} token.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n layers fit in the GPU&apos;s memory.</source>
        <translation>
            <numerusform>%n layer entra nella memoria della GPU (VRAM).</numerusform>
            <numerusform>%n layer entrano nella memoria della GPU (VRAM).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} B</source>
        <comment>billions of parameters</comment>
        <translation>{number} Mld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} M</source>
        <comment>millions of parameters</comment>
        <translation>{number} Mln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approximate: estimated from the file size alone.</source>
        <translation>Approssimativo: stimato solo dalla dimensione del file.</translation>
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
        <translation>Predefinita di sistema ({size} pt)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/i18n/formatting.py" line="+23"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
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
        <translation>{rate} token/s</translation>
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
        <translation>Cartella dei modelli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model used last</source>
        <translation>L&apos;ultimo modello usato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads for generating. Automatic uses up to 4 cores.</source>
        <translation>Thread della CPU per la generazione. Automatico usa fino a 4 core.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read my message while I type</source>
        <translation>Leggi il messaggio mentre scrivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When typing pauses, the model reads what is written so far, so the answer starts at once when it is sent. Uses the CPU during those pauses.</source>
        <translation>Quando smetti di scrivere per un attimo, il modello legge il testo scritto finora, così la risposta parte subito dopo l&apos;invio. Usa la CPU durante quelle pause.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Models folder:</source>
        <translation>Cartella dei modelli:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size:</source>
        <translation>Dimensione del testo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model at start:</source>
        <translation>Modello all&apos;avvio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>Thread della CPU:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to defaults</source>
        <translation>Ripristina i valori predefiniti</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} (not found)</source>
        <translation>{name} (non trovato)</translation>
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
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions the model sees before every chat.</source>
        <translation>Istruzioni che il modello vede prima di ogni chat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher gives more varied answers; 0 always picks the likeliest word.</source>
        <translation>Più alta dà risposte più varie; 0 sceglie sempre la parola più probabile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from the likeliest words whose probabilities add up to this.</source>
        <translation>Campiona solo tra le parole più probabili le cui probabilità sommate arrivano a questo valore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from this many likeliest words.</source>
        <translation>Campiona solo tra questo numero di parole più probabili.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop words less likely than this fraction of the likeliest one.</source>
        <translation>Scarta le parole meno probabili di questa frazione della più probabile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty</source>
        <translation>Penalità di ripetizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above 1 discourages repeating recent words; 1 turns it off.</source>
        <translation>Sopra 1 scoraggia la ripetizione di parole recenti; 1 la disattiva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty window</source>
        <translation>Finestra della penalità di ripetizione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many recent tokens the repeat penalty looks at.</source>
        <translation>Quanti token recenti considera la penalità di ripetizione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max answer length</source>
        <translation>Lunghezza massima della risposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until the context is full</source>
        <translation>Fino a riempire il contesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest answer; a token is about three quarters of a word. Without a limit the model writes until it is done or the context is full.</source>
        <translation>La risposta più lunga; un token è circa tre quarti di parola. Senza limite il modello scrive finché ha finito o il contesto è pieno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context length</source>
        <translation>Lunghezza del contesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of the conversation the model sees. More needs more memory.</source>
        <translation>Quanta parte della conversazione vede il modello. Di più richiede più memoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Dimensione del batch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens processed at once: larger is faster and needs more memory.</source>
        <translation>Token del prompt elaborati insieme: più grande è più veloce e richiede più memoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers</source>
        <translation>Layer GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As many as fit</source>
        <translation>Quanti ne entrano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to run on the GPU, where this build can use one; 0 runs on the CPU only.</source>
        <translation>Layer da eseguire sulla GPU, se questa build può usarne una; 0 usa solo la CPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16-bit (f16)</source>
        <translation>16 bit (f16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0): half the memory</source>
        <translation>8 bit (q8_0): metà della memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0): a quarter of the memory</source>
        <translation>4 bit (q4_0): un quarto della memoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the model keeps the conversation. 8-bit fits twice the context in the same memory, with almost no loss; 4-bit four times, with some.</source>
        <translation>Dove il modello tiene la conversazione. 8 bit fa entrare il doppio del contesto nella stessa memoria, quasi senza perdite; 4 bit il quadruplo, con qualche perdita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Casuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed seed gives the same answer to the same prompt.</source>
        <translation>Un seed fisso dà la stessa risposta allo stesso prompt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use a different value for this model</source>
        <translation>Usa un valore diverso per questo modello</translation>
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
        <translation>Cerca modelli GGUF su Hugging Face, ad es. “qwen 7b”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face</source>
        <translation>Cerca su Hugging Face</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in a GGUF repository&apos;s name; Enter searches</source>
        <translation>Parole nel nome di un repository GGUF; Invio avvia la ricerca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the results</source>
        <translation>Ordine dei risultati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most downloaded</source>
        <translation>Più scaricati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most liked</source>
        <translation>Più apprezzati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently updated</source>
        <translation>Aggiornati di recente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trending</source>
        <translation>Di tendenza</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>Search</source>
        <comment>verb</comment>
        <translation>Cerca</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Search Hugging Face for GGUF models</source>
        <translation>Cerca modelli GGUF su Hugging Face</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token…</source>
        <translation>Token di accesso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For gated models (Llama, Gemma…): a Hugging Face token of an account that accepted the model&apos;s conditions</source>
        <translation>Per i modelli ad accesso limitato (Llama, Gemma…): un token Hugging Face di un account che ha accettato le condizioni del modello</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{repository}  🔒 gated</source>
        <translation>{repository}  🔒 accesso limitato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloads</source>
        <comment>how often a model was downloaded</comment>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likes</source>
        <translation>Mi piace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repositories found</source>
        <translation>Repository trovati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one to list its GGUF files</source>
        <translation>Scegline uno per elencare i suoi file GGUF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ installed</source>
        <translation>✓ installato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not supported</source>
        <translation>non supportato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>Quantizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>Entra qui?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GGUF files of the chosen repository</source>
        <translation>File GGUF del repository scelto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per quantisation; double-click downloads it</source>
        <translation>Un file per quantizzazione; un doppio clic lo scarica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a repository, then a file (quantisation) to download.</source>
        <translation>Scegli un repository, poi un file (quantizzazione) da scaricare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>Scarica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen file into the models folder</source>
        <translation>Scarica il file scelto nella cartella dei modelli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search Hugging Face for a model</source>
        <translation>Cerca un modello su Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name above, e.g. “qwen 7b” or “llama 3.2”, and press Enter. Each file then says whether it fits this computer.</source>
        <translation>Scrivi un nome qui sopra, ad es. “qwen 7b” o “llama 3.2”, e premi Invio. Per ogni file vedrai se entra in questo computer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repositories found.</source>
        <translation>
            <numerusform>%n repository trovato.</numerusform>
            <numerusform>%n repository trovati.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found; try other words.</source>
        <translation>Nessun risultato; prova altre parole.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing on Hugging Face matches “{words}”</source>
        <translation>Niente su Hugging Face corrisponde a “{words}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try other words, or fewer: a model family alone (“qwen”, “gemma”, “phi”) finds the most. Only repositories with GGUF files are listed.</source>
        <translation>Prova altre parole, o meno parole: il solo nome di una famiglia di modelli (“qwen”, “gemma”, “phi”) trova di più. Sono elencati solo i repository con file GGUF.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listing the files of {repository}…</source>
        <translation>Elenco dei file di {repository}…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n GGUF files in {repository}.</source>
        <translation>
            <numerusform>%n file GGUF in {repository}.</numerusform>
            <numerusform>%n file GGUF in {repository}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{repository} has no GGUF files.</source>
        <translation>{repository} non ha file GGUF.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>split into %n files; gpt4local downloads single-file GGUFs only (choose a smaller quantisation)</source>
        <translation>
            <numerusform>diviso in %n file; gpt4local scarica solo GGUF in un unico file (scegli una quantizzazione più piccola)</numerusform>
            <numerusform>diviso in %n file; gpt4local scarica solo GGUF in un unico file (scegli una quantizzazione più piccola)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a vision projector (mmproj), not a chat model</source>
        <translation>un proiettore visivo (mmproj), non un modello di chat</translation>
    </message>
</context>
<context>
    <name>InstalledTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="+53"/>
        <source>{name} (added from elsewhere)</source>
        <translation>{name} (aggiunto da altrove)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantisation</source>
        <translation>Quantizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits here?</source>
        <translation>Entra qui?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed models</source>
        <translation>Modelli installati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a model to chat with it</source>
        <translation>Fai doppio clic su un modello per chattarci</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>No models installed yet</source>
        <translation>Ancora nessun modello installato</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Browse the catalog</source>
        <translation>Sfoglia il catalogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curated models, each with whether it fits this computer</source>
        <translation>Modelli selezionati, ognuno con l&apos;indicazione se entra in questo computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Cerca su Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find any GGUF model on Hugging Face</source>
        <translation>Trova qualsiasi modello GGUF su Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add model file…</source>
        <translation>Aggiungi file del modello…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a GGUF file you already have, where it is</source>
        <translation>Usa un file GGUF che hai già, dove si trova</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with it</source>
        <translation>Chatta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected model and open the chat</source>
        <translation>Carica il modello selezionato e apri la chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected model&apos;s file, after asking</source>
        <translation>Elimina il file del modello selezionato, dopo averlo chiesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder that holds the selected model in the file manager</source>
        <translation>Apri nel file manager la cartella che contiene il modello selezionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change models folder…</source>
        <translation>Cambia la cartella dei modelli…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder models are downloaded to and looked for in</source>
        <translation>Scegli la cartella in cui i modelli vengono scaricati e cercati</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Models folder: {folder}</source>
        <translation>Cartella dei modelli: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download one from the catalog (★ marks a good first choice), search Hugging Face, or add a GGUF file you already have. Downloads go to the models folder, {folder}; a model copied there shows up here by itself.</source>
        <translation>Scaricane uno dal catalogo (★ indica una buona prima scelta), cerca su Hugging Face, o aggiungi un file GGUF che hai già. I download vanno nella cartella dei modelli, {folder}; un modello copiato lì compare qui da solo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove {name} from the list? The file stays where it is ({folder}).</source>
        <translation>Rimuovere {name} dall&apos;elenco? Il file resta dov&apos;è ({folder}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} ({size}) from disk?</source>
        <translation>Eliminare {name} ({size}) dal disco?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete model</source>
        <translation>Elimina il modello</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a GGUF model file</source>
        <translation>Aggiungi un file di modello GGUF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the models folder</source>
        <translation>Scegli la cartella dei modelli</translation>
    </message>
</context>
<context>
    <name>KvCache</name>
    <message>
        <location filename="../../gpt4local/ui/settings/generation_form.py" line="-122"/>
        <source>16-bit (f16)</source>
        <translation>16 bit (f16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0)</source>
        <translation>8 bit (q8_0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0)</source>
        <translation>4 bit (q4_0)</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../gpt4local/ui/settings/language_choice.py" line="+30"/>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language shows after a restart.</source>
        <translation>La nuova lingua compare dopo un riavvio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart now</source>
        <translation>Riavvia ora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gpt4local/ui/window/main_window.py" line="+111"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a model…</source>
        <translation>Scegli un modello…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add a GGUF model file</source>
        <translation>Aggiungi un file di modello GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelli GGUF (*.gguf);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>Questo modello non ha un template della chat utilizzabile; uso il formato {family}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save settings: {problem}</source>
        <translation>Impossibile salvare le impostazioni: {problem}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Generation settings: {problem}; the defaults are used.</source>
        <translation>Impostazioni di generazione: {problem}; vengono usati i valori predefiniti.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/actions.py" line="+27"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message&apos;s text</source>
        <translation>Copia il testo di questo messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message and send it again</source>
        <translation>Modifica questo messaggio e invialo di nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this answer again</source>
        <translation>Scrivi di nuovo questa risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on writing this answer where it stopped</source>
        <translation>Continua a scrivere questa risposta da dove si è fermata</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message actions</source>
        <translation>Azioni del messaggio</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="+42"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Scrivi un messaggio — Invio invia, Maiusc+Invio va a capo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="-148"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelli GGUF (*.gguf);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../gpt4local/ui/engine/loader.py" line="+67"/>
        <source>Load settings: {problem}; the defaults are used.</source>
        <translation>Impostazioni di caricamento: {problem}; vengono usati i valori predefiniti.</translation>
    </message>
</context>
<context>
    <name>ModelPopup</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/popup.py" line="+42"/>
        <source>No models yet — download one on the Models page, or “Add model file…”</source>
        <translation>Ancora nessun modello — scaricane uno nella pagina Modelli, o usa “Aggiungi file del modello…”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a model</source>
        <translation>Scegli un modello</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search models</source>
        <translation>Cerca modelli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add model file…</source>
        <translation>Aggiungi file del modello…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a GGUF file from anywhere</source>
        <translation>Carica un file GGUF da qualsiasi posizione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage models</source>
        <translation>Gestisci i modelli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the Models page: download, delete and see every installed model</source>
        <translation>Mostra la pagina Modelli: scarica, elimina e vedi tutti i modelli installati</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No model matches “{words}”</source>
        <translation>Nessun modello corrisponde a “{words}”</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/entries.py" line="+31"/>
        <source>Installed</source>
        <translation>Installati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed; still loaded</source>
        <translation>rimosso; ancora caricato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added from elsewhere</source>
        <translation>aggiunto da altrove</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>loaded</source>
        <translation>caricato</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/row_delegate.py" line="+24"/>
        <source>Loaded</source>
        <translation>Caricato</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/selector.py" line="+41"/>
        <source>Choose a model</source>
        <translation>Scegli un modello</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the model</source>
        <translation>Caricamento del modello</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Loading {name}…</source>
        <translation>Caricamento di {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading {name}… {percent}%</source>
        <translation>Caricamento di {name}… {percent}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{type} KV cache</source>
        <translation>KV cache {type}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {tokens}</source>
        <translation>contesto {tokens}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No model loaded · %n installed</source>
        <translation>
            <numerusform>Nessun modello caricato · %n installato</numerusform>
            <numerusform>Nessun modello caricato · %n installati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model loaded · add one or download one</source>
        <translation>Nessun modello caricato · aggiungine o scaricane uno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the model to chat with ({keys})</source>
        <translation>Scegli il modello con cui chattare ({keys})</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../gpt4local/ui/models/page.py" line="+64"/>
        <source>Catalog</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed</source>
        <comment>the tab of installed models</comment>
        <translation>Installati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where models come from</source>
        <translation>Da dove arrivano i modelli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curated models, each judged for this computer</source>
        <translation>Modelli selezionati, ognuno valutato per questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face for any GGUF model</source>
        <translation>Cerca qualsiasi modello GGUF su Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models on this computer</source>
        <translation>I modelli su questo computer</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Could not list the installed models: {reason}</source>
        <translation>Impossibile elencare i modelli installati: {reason}</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="+161"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
</context>
<context>
    <name>PerModelPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/per_model.py" line="+62"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset this model to the defaults</source>
        <translation>Ripristina i valori predefiniti per questo modello</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings for this model (checked ones replace the defaults)</source>
        <translation>Impostazioni per questo modello (quelle spuntate sostituiscono i valori predefiniti)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat template</source>
        <translation>Template della chat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No models are installed yet: add one on the Models page.</source>
        <translation>Ancora nessun modello installato: aggiungine uno nella pagina Modelli.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{model}: {problem}</source>
        <translation>{model}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template of {model}: {problem}</source>
        <translation>Il template della chat di {model}: {problem}</translation>
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
        <translation>Mostra la pagina {page}; scorciatoia {shortcuts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the {page} page</source>
        <translation>Mostra la pagina {page}</translation>
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
        <translation>Scarica e inizia a chattare</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the download</source>
        <translation>Annulla il download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what is already here is kept, and the next download resumes from it</source>
        <translation>Interrompi il download; quello che c&apos;è già viene conservato, e il prossimo download riprende da lì</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on from the step that failed</source>
        <translation>Riprendi dal passaggio non riuscito</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>NO MODEL TO SUGGEST</source>
        <translation>NESSUN MODELLO DA SUGGERIRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model in the catalog fits this computer comfortably</source>
        <translation>Nessun modello del catalogo entra comodamente in questo computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RECOMMENDED FOR THIS COMPUTER</source>
        <translation>CONSIGLIATO PER QUESTO COMPUTER</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download {name} ({size}), load it and open a chat</source>
        <translation>Scarica {name} ({size}), caricalo e apri una chat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{size} download · {parameters} parameters · {verdict}</source>
        <translation>Download di {size} · {parameters} parametri · {verdict}</translation>
    </message>
</context>
<context>
    <name>SendButton</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="-15"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>Invia (Invio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the answer</source>
        <translation>Interrompi la risposta</translation>
    </message>
</context>
<context>
    <name>SettingsLink</name>
    <message>
        <location filename="../../gpt4local/ui/window/settings_link.py" line="+62"/>
        <source>Your changed settings are not applied yet: they wait on the Settings page.</source>
        <translation>Le impostazioni modificate non sono ancora applicate: aspettano nella pagina Impostazioni.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>changes not applied yet</source>
        <translation>modifiche non ancora applicate</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings not applied</source>
        <translation>Impostazioni non applicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings were changed on the Settings page but not applied. Apply them?</source>
        <translation>Alcune impostazioni sono state modificate nella pagina Impostazioni ma non applicate. Vuoi applicarle?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/page.py" line="+57"/>
        <source>context length</source>
        <translation>lunghezza del contesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>dimensione del batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>layer GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>thread della CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat template</source>
        <translation>template della chat</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revert</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings as they were last applied</source>
        <translation>Mostra le impostazioni come sono state applicate l&apos;ultima volta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reset to defaults</source>
        <translation>Ripristina i valori predefiniti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used for every model, except where the Per model tab says otherwise.</source>
        <translation>Valgono per tutti i modelli, tranne dove la scheda Per modello dice altro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>Generali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Generazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per model</source>
        <translation>Per modello</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{settings}: {problem}</source>
        <translation>{settings}: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the value on the {tab} tab first.</source>
        <translation>Prima correggi il valore nella scheda {tab}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The new {setting} applies when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>La nuova impostazione {setting} vale quando {model} viene ricaricato: sceglilo di nuovo nel selettore dei modelli. Le altre impostazioni valgono dalla prossima risposta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new {setting} apply when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>Le nuove impostazioni {setting} valgono quando {model} viene ricaricato: sceglilo di nuovo nel selettore dei modelli. Le altre impostazioni valgono dalla prossima risposta.</translation>
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
        <translation>un altro processo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../gpt4local/ui/app.py" line="+48"/>
        <source>Cannot create the data folders ({problem}). Set GPT4LOCAL_HOME to a writable folder.</source>
        <translation>Impossibile creare le cartelle dei dati ({problem}). Imposta GPT4LOCAL_HOME su una cartella scrivibile.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{app} is already running with the data folder {folder} ({holder}), and its window did not come forward. Close it first, or set GPT4LOCAL_HOME to another folder to run a second copy.</source>
        <translation>{app} è già in esecuzione con la cartella dei dati {folder} ({holder}), e la sua finestra non è passata in primo piano. Prima chiudilo, o imposta GPT4LOCAL_HOME su un&apos;altra cartella per avviare una seconda copia.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../gpt4local/ui/settings/template_editor.py" line="+57"/>
        <source>Chat template</source>
        <translation>Template della chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s template</source>
        <translation>Ripristina il template del modello</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample conversation rendered with the template</source>
        <translation>Conversazione di esempio generata con il template</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model chosen.</source>
        <translation>Nessun modello scelto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the model file…</source>
        <translation>Lettura del file del modello…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s template could not be read: {problem}</source>
        <translation>Impossibile leggere il template del modello: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model has no chat template; gpt4local uses the {family} format.</source>
        <translation>Questo modello non ha un template della chat; gpt4local usa il formato {family}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A sample conversation with this template (special tokens such as BOS left out):</source>
        <translation>Una conversazione di esempio con questo template (token speciali come BOS omessi):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{caption} {note}</source>
        <translation>{caption} {note}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Custom template: it replaces the model&apos;s own for this model.</source>
        <translation>Template personalizzato: sostituisce quello del modello per questo modello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s own template, from its file.</source>
        <translation>Il template del modello stesso, dal suo file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fallback template gpt4local chose for this model.</source>
        <translation>Il template di riserva che gpt4local ha scelto per questo modello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the model&apos;s own template.</source>
        <translation>Lascia vuoto per usare il template del modello.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The model&apos;s own template fails: {problem}</source>
        <translation>Il template del modello non funziona: {problem}</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../gpt4local/ui/models/token_dialog.py" line="+21"/>
        <source>The token in the HF_TOKEN environment variable is used (it comes before a saved one).</source>
        <translation>Viene usato il token nella variabile d&apos;ambiente HF_TOKEN (ha la precedenza su uno salvato).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token is saved in {keychain}.</source>
        <translation>Un token è salvato in {keychain}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is saved &lt;b&gt;in plain text&lt;/b&gt; in settings.json by an older gpt4local. Remove it, then save it again or set HF_TOKEN.</source>
        <translation>Un gpt4local più vecchio ha salvato un token &lt;b&gt;in chiaro&lt;/b&gt; in settings.json. Rimuovilo, poi salvalo di nuovo o imposta HF_TOKEN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token is saved; the one from &lt;code&gt;hf auth login&lt;/code&gt; is used if you have one.</source>
        <translation>Nessun token salvato; se ne hai uno, viene usato quello di &lt;code&gt;hf auth login&lt;/code&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Hugging Face access token</source>
        <translation>Token di accesso Hugging Face</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Gated models (Llama, Gemma…) need a token of a Hugging Face account that accepted their conditions.</source>
        <translation>I modelli ad accesso limitato (Llama, Gemma…) richiedono un token di un account Hugging Face che ha accettato le loro condizioni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>il portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts with hf_; saved in the system keychain</source>
        <translation>Inizia con hf_; salvato nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save in keychain</source>
        <translation>Salva nel portachiavi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove saved token</source>
        <translation>Rimuovi il token salvato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{problem} gpt4local cannot save a token here and never writes one into its own files. Set the &lt;b&gt;HF_TOKEN&lt;/b&gt; environment variable instead (for example in ~/.profile), then restart gpt4local.</source>
        <translation>{problem} gpt4local non può salvare un token qui e non ne scrive mai uno nei propri file. Imposta invece la variabile d&apos;ambiente &lt;b&gt;HF_TOKEN&lt;/b&gt; (ad esempio in ~/.profile), poi riavvia gpt4local.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/blocks.py" line="+32"/>
        <location line="+1"/>
        <source>end</source>
        <translation>fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>troncata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>lunghezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>contesto pieno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{tokens} tokens · {rate} · first token {seconds} s</source>
        <translation>{tokens} token · {rate} · primo token {seconds} s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/transcript/view.py" line="+75"/>
        <location line="+102"/>
        <source>Choose a model above, then type a message below.</source>
        <translation>Scegli un modello qui sopra, poi scrivi un messaggio qui sotto.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move between messages; Tab reaches the message&apos;s actions.</source>
        <translation>Ctrl+Su e Ctrl+Giù passano da un messaggio all&apos;altro; Tab raggiunge le azioni del messaggio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+229"/>
        <source>Copy</source>
        <comment>a code block&apos;s text</comment>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>{model} is ready: type a message below.</source>
        <translation>{model} è pronto: scrivi un messaggio qui sotto.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>… {count} more characters are not shown here. Copy, or export the chat, to have all of it.</source>
        <translation>… altri {count} caratteri non sono mostrati qui. Copia o esporta la chat per averli tutti.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/page.py" line="+40"/>
        <source>Add a GGUF model file</source>
        <translation>Aggiungi un file di modello GGUF</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Start chatting</source>
        <translation>Inizia a chattare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new chat with your models</source>
        <translation>Apri una nuova chat con i tuoi modelli</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a model file I already have</source>
        <translation>Aggiungi un file di modello che ho già</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF file on this computer; it is loaded and a chat opens</source>
        <translation>Scegli un file GGUF su questo computer; viene caricato e si apre una chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse all models</source>
        <translation>Sfoglia tutti i modelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the whole catalog and search Hugging Face</source>
        <translation>Vedi tutto il catalogo e cerca su Hugging Face</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Apri la cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the models folder in the file manager</source>
        <translation>Mostra la cartella dei modelli nel file manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>Cambia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the models folder</source>
        <translation>Cambia la cartella dei modelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder in Settings</source>
        <translation>Scegli un&apos;altra cartella nelle Impostazioni</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Models are kept in {folder}</source>
        <translation>I modelli sono in {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome back</source>
        <translation>Bentornato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to gpt4local</source>
        <translation>Benvenuto in gpt4local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your models are ready. Pick up where you left off, or try another model.</source>
        <translation>I tuoi modelli sono pronti. Riprendi da dove avevi lasciato, o prova un altro modello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it. Start with the model below, picked for this computer.</source>
        <translation>Chatta con un modello di IA che funziona interamente su questo computer: niente di ciò che scrivi esce da qui. Inizia con il modello qui sotto, scelto per questo computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it.</source>
        <translation>Chatta con un modello di IA che funziona interamente su questo computer: niente di ciò che scrivi esce da qui.</translation>
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
        <translation>Nuova chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus the message box</source>
        <translation>Vai alla casella del messaggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop generating</source>
        <translation>Interrompi la generazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the last answer</source>
        <translation>Copia l&apos;ultima risposta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as Markdown…</source>
        <translation>Esporta come Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as JSON…</source>
        <translation>Esporta come JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from JSON…</source>
        <translation>Importa da JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About gpt4local</source>
        <translation>Informazioni su gpt4local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied the last answer.</source>
        <translation>Ultima risposta copiata.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: this chat has no messages.</source>
        <translation>Ancora niente da esportare: questa chat non ha messaggi.</translation>
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
        <translation>Esporta la chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the chat to {path}.</source>
        <translation>Chat esportata in {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a chat</source>
        <translation>Importa una chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gpt4local chat (*.json)</source>
        <translation>Chat di gpt4local (*.json)</translation>
    </message>
</context>
<context>
    <name>_Message</name>
    <message>
        <location filename="../../gpt4local/ui/window/error_banner.py" line="+45"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
</context>
<context>
    <name>_TransferWorker</name>
    <message>
        <location filename="../../gpt4local/ui/models/download_manager.py" line="+72"/>
        <source>Download failed unexpectedly: {error}</source>
        <translation>Il download non è riuscito in modo inatteso: {error}</translation>
    </message>
</context>
</TS>
