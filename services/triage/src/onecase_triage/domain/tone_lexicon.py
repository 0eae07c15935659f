"""How the customer sounds, and what they are talking about: phrases in four languages.

Same conventions as `stakes_lexicon`: regex fragments on folded text, wrapped in word
boundaries, English, German, French and Spanish side by side. The anger scale of the triage
definitions reads from these: profanity and insults are 3, clear anger words 2, mild
frustration 1.
"""

from __future__ import annotations

from typing import Final

# Anger 3: profanity and insults aimed at the company or its people. As in English, "a scam"
# is an insult here, while "scammed" and "scammer" are fraud (`stakes_lexicon.FRAUD`).
PROFANITY_INSULT: Final = (
    r"(?:f+u+c+k\w*|fck\w*|fcking|fukin\w*|wtf|stfu|shit\w*|bullshit|bs|crap|crappy|damn|"
    r"goddamn\w*|hell no|bloody|bastards?|assholes?|arseholes?|dicks?|pricks?|scumbags?|"
    r"idiots?|idiotic|morons?|moronic|imbeciles?|clowns?|cretins?|thieves|crooks?|"
    r"liars?|robbers?|con artists?|pigs?|trash|garbage|"
    r"rubbish|scam(?:s)?|ripoff|rip[- ]off|piss(?:ed)?|screw (?:you|u)|suck(?:s)?|sucks)",
    r"(?:scheiss\w*|mist|verdammt\w*|arsch\w*|idiot\w*|vollidiot\w*|depp\w*|trottel\w*|"
    r"abzocke\w*|abgezockt|verbrecher\w*|lugner\w*|diebe|dieben|diebesbande|gauner\w*|saftladen|"
    r"drecks\w*|dreck|kack\w*|beschissen\w*|verarsch\w*|schwachsinn\w*|schrott\w*|"
    r"zum kotzen|wichser|hurensohn\w*|penner|was zum teufel|betrugerbande|betrugerverein|"
    r"(?:ihr|seid|sind|alles|nur|bande von|haufen) (?:[\w']+ )?betruger\w*)",
    r"(?:putain|ptn|merde\w*|bordel|connards?|connasses?|cretins?|abrutis?|idiots?|"
    r"(?:bande de|des|les|ces|quels?|espece de) cons|voleurs?|escrocs|menteurs?|nuls?|bandits|truands|arnaques?|arnaqueurs?|c'est du vol|"
    r"bande (?:de |d')(?!x+(?!\w))\w+|foutage de gueule|foutez|se fout\w*|chier|enfoir\w*|"
    r"salop\w*|encul\w*|batard\w*|pourri\w*|minable\w*|guignols?|incapables|bons? a rien|"
    r"degueulasse|ta gueule)",
    r"(?:mierda|joder|jodid[oa]s?|cabron\w*|gilipollas|idiotas?|imbeciles?|inutiles|"
    r"ladrones|rateros|estafadores|estafas?|mentiros[oa]s|sinverguenzas|hijos de puta|putas?|putadas?|"
    r"cono|pendej\w*|carajo|chingad\w*|pinches?|capullos?|malparid\w*|me cago en|basura|"
    r"porqueria|tontos|(?:es|esto es) un (?:robo|atraco)|panda de (?!x+(?!\w))\w+)",
)

# Anger 2: clear anger without swearing.
ANGER: Final = (
    r"(?:pathetic|disgusting|disgraceful|disgrace|ridiculous|unacceptable|outrageous|"
    r"appalling|atrocious|abysmal|horrendous|horrible|terrible|awful|worst|useless|"
    r"incompetent|incompetence|shameful|shame on|a joke|joke of|laughable|absurd|insane|"
    r"furious|livid|enraged|outraged|angry|irate|fed up|sick of|sick and tired|hate|hating|"
    r"nightmare|unbelievable|how dare|illegal|illegally|negligen\w*|deceptive|predatory|"
    r"unethical|dishonest|thanks for nothing|no thanks to|seriously\?+|really\?+)",
    r"(?:unverschamt\w*|frechheit|lacherlich\w*|lachhaft|inakzeptabel|katastroph\w*|skandal\w*|"
    r"schlechteste\w*|unmoglich\w*|wutend\w*|stinksauer|sauer|zornig|emport|hasse|unfahig\w*|"
    r"inkompetent\w*|zumutung|illegal\w*|sauerei|armselig\w*|erbarmlich\w*|widerlich\w*|"
    r"ekelhaft\w*|schandlich\w*|schande|grauenhaft\w*|schrecklich\w*|furchtbar\w*|miserabel\w*|"
    r"absurde?[nrs]?|albtraum|alptraum|unglaublich|fahrlassig\w*|unserios\w*|kriminell\w*|nutzlos\w*|"
    r"ein (?:schlechter )?witz|nase voll|(?:es|das|alles) satt|es reicht|wie konnen sie es wagen|"
    r"danke fur nichts|ernsthaft\?+|wirklich\?+)",
    r"(?:honte\w*|honteu\w*|inadmissible|inacceptable|scandal\w*|ridicule\w*|lamentable|"
    r"pitoyable|catastroph\w*|furieu\w*|en colere|enerve\w*|marre|ras le bol|deteste|"
    r"incompetent\w*|(?:le|la|les) pires?|n'importe quoi|illegal\w*|degout\w*|ecoeur\w*|"
    r"horribles?|terribles?|affreu\w*|execrable|deplorable|epouvantable|absurde|aberrant\w*|"
    r"insense|hallucinant|inoui|revoltant\w*|indign\w*|hors de moi|j'en ai assez|cauchemar\w*|"
    r"comment osez-vous|comment osez vous|negligen\w*|malhonnete\w*|trompeu\w*|abusifs?|"
    r"merci pour rien|une blague|inutiles?|serieusement ?\?+|vraiment ?\?+)",
    r"(?:verguenza|vergonzos[oa]s?|inaceptable|indignante|indignad[oa]|ridicul[oa]s?|pesim[oa]s?|"
    r"horribles?|terribles?|asquero\w*|que asco|da asco|repugnante|patetic[oa]s?|deplorable|"
    r"furios[oa]s?|cabread[oa]s?|enojad[oa]s?|enfadad[oa]s?|hart[oa]s?|hasta las narices|"
    r"odio|incompetentes?|lamentable|(?:el|la|los|las) peor(?:es)?|ilegal\w*|un desastre|"
    r"desastr\w*|pesadilla|absurd[oa]|una broma|un chiste|una burla|tomadura de pelo|"
    r"como se atreven|negligen\w*|deshonest\w*|enganos[oa]s?|abusiv[oa]s?|gracias por nada|"
    r"inutil|en serio ?\?+|de verdad ?\?+)",
)

# Anger 1: mild frustration and formal demands.
FRUSTRATION: Final = (
    r"(?:disappointed|disappointing|frustrat\w*|annoy\w*|unhappy|not happy|not impressed|"
    r"dissatisfied|unsatisfied|not satisfied|"
    r"upset|poor service|bad service|sigh|ugh|come on|seriously|unfortunately|concerned|"
    r"i demand|demand that|i expect|not good enough|not ok|inconvenien\w*|irritat\w*)",
    r"(?:enttausch\w*|argerlich|arger|verargert|genervt|nervig|nervt|unzufrieden|unglucklich|"
    r"nicht (?:zufrieden|glucklich|begeistert|beeindruckt|gut genug|ok|in ordnung)|aufgebracht|"
    r"frustr\w*|schlechte\w* (?:service|kundenservice|kundendienst)|leider|seufz|ach komm|"
    r"ernsthaft|besorgt|ich verlange|ich fordere|ich erwarte|unannehmlichkeit\w*|irritiert|"
    r"schade)",
    r"(?:decu\w*|decevant\w*|agace\w*|agacant|pas (?:tres |du tout )?(?:content|satisfait|heureux|"
    r"heureuse|ravi|impressionne)\w*|insatisfait\w*|mecontent\w*|frustr\w*|contrarie\w*|"
    r"ennuye\w*|embete\w*|soupir|pff+|allez quoi|serieusement|inquiet\w*|preoccupe\w*|"
    r"malheureusement|j'?exige|nous exigeons|chiant\w*|saoul\w*|relou|j'?attends (?:de vous|que vous)|"
    r"pas a la hauteur|pas assez bien|desagrement\w*|irrite\w*|penible|mauvais service)",
    r"(?:decepcionad[oa]s?|decepcion\w*|molest[oa]s?|no (?:estoy|estamos) (?:content|feliz|"
    r"conforme|satisfech)\w*|descontent[oa]s?|insatisfech[oa]s?|inconforme|disgustad[oa]s?|"
    r"frustr\w*|fastidi(?:o|ad[oa]s?|os[oa]s?)|irritad[oa]s?|preocupad[oa]s?|lamentablemente|desgraciadamente|"
    r"exijo|exigimos|vamos hombre|venga ya|en serio|no es suficiente|mal servicio|"
    r"mala atencion|molestias|conazo|pesadez)",
)

# Praise and thanks: what a customer says when nothing is wrong.
PRAISE: Final = (
    r"(?:love|loving|loved|great|awesome|amazing|excellent|brilliant|fantastic|wonderful|"
    r"kudos|well done|shout ?out|best|happy|glad|impressed|perfect|congrat\w*|props|"
    r"nice|pleased|delighted|fabulous|superb|outstanding|lovely|favou?rite|lol|haha\w*|"
    r"made my day|:\)|:-\)|;\)|<3|😂|😍|😊|🙂|😀|😁|😘|❤️?|👍|🙌|✊\S*|💙|💕|😃|😄|🤣)",
    r"(?:(?:ist|sind|war|echt|sehr|super|wirklich|einfach|so|richtig) toll|toll(?:e|en|er|es)|super|klasse|prima|hervorragend|grossartig|perfekt|liebe|wunderbar|spitze|genial|"
    r"fantastisch|ausgezeichnet|gut gemacht|zufrieden|begeistert|beeindruckt|froh|glucklich|"
    r"lieblings\w*|(?:gute|tolle|super|klasse) arbeit|der beste|die beste|das beste)",
    r"(?:genial\w*|bravo|parfait\w*|excellent\w*|formidable|super|au top|c'est top|adore\w*|merveilleu\w*|"
    r"magnifique|fantastique|impeccable|chapeau|felicitations|(?:tres |trop |vraiment |si )?ravie?s? (?:de|d'|du|des)|ravies|contente?s? (?:de|d'|du|des)|(?:tres|trop|super|vraiment|si) contente?s?|contentes?|heureu\w*|"
    r"satisfait\w*|impressionne\w*|(?:le|la) meilleure?|c'est nickel|trop bien|bien joue|sympa\w*|"
    r"(?:beau|bon|super|excellent) travail)",
    r"(?:genial(?:es)?|excelentes?|estupend[oa]s?|perfect[oa]s?|felicidades|felicitaciones|"
    r"enhorabuena|encanta\w*|encantad[oa]s?|maravillos[oa]s?|fantastic[oa]s?|buenisim[oa]s?|"
    r"content[oa]s?|feliz|satisfech[oa]s?|impresionad[oa]s?|(?:el|la) mejor|favorit[oa]s?|"
    r"bien hecho|de lujo|(?:buen|gran|excelente) trabajo)",
)

# A complaint asked as a question: "why does it always drop?", "are you kidding?".
RHETORICAL: Final = (
    r"(?:why (?:do|does|did|don'?t|doesn'?t|didn'?t|is|are|isn'?t|aren'?t|can'?t|won'?t|"
    r"would|has|have|the|my|your|u|on earth|the hell)|how (?:do|can|could|dare) (?:you|u|they)|"
    r"is this (?:a joke|how|what)|are you (?:serious|kidding)|you (?:expect|think)|"
    r"seriously|really\?|\?{2,}|is it (?:too much|so hard))",
    r"(?:(?:warum|wieso|weshalb) (?:[\w']+ )?(?:nicht|ihr|sie|du|immer|schon wieder|zum teufel)|"
    r"(?:warum|wieso|weshalb) (?:ist|sind|geht|kann|konnen|funktioniert|dauert|muss|mussen|habt|"
    r"hat|haben|wird|werden|gibt|bekomme|soll|sollte|seid|mein|meine|meinen|die|der|das)|"
    r"wie (?:konnen|konnt|kannst) (?:sie|ihr|du)|soll das ein witz sein|ist das (?:ein witz|"
    r"euer ernst|ihr ernst|dein ernst)|meinen sie das ernst|(?:erwartet|glaubt|denkt) ihr|"
    r"(?:erwarten|glauben|denken) sie (?:wirklich|ernsthaft|etwa)|erwarten sie,? dass|erwartest du|ernsthaft|echt jetzt|ist es (?:zu viel verlangt|"
    r"so schwer)|zu viel verlangt)",
    r"(?:pourquoi (?:est|ca|vous|tu|mon|ma|mes|le|la|les|il|ils|elle|on|ne|n'|c'est|toujours|"
    r"jamais|personne|rien|diable|donc|encore|je)|comment (?:pouvez-vous|pouvez vous|osez|"
    r"peut-on|est-ce possible|c'est possible|vous pouvez|tu peux)|c'est une blague|"
    r"vous (?:vous )?moquez|vous etes serieux|vous rigolez|vous plaisantez|tu rigoles|"
    r"vous (?:vous )?attendez a ce que|vous (?:pensez|croyez|trouvez) (?:que|normal)|"
    r"serieusement|c'est trop demander|est-ce si difficile|c'est si (?:difficile|dur))",
    r"(?:por que (?:no|siempre|nunca|mi|mis|el|la|los|las|me|nos|tengo|tienen|es|son|esta|estan|"
    r"hay|ustedes|vosotros|demonios|diablos|rayos|narices|cuesta|tarda|tardan)|como (?:pueden|"
    r"puede|es posible|se atreven|os atreveis|podeis)|(?:es|esto es) (?:una broma|un chiste)|"
    r"es una broma|me (?:estan )?toman(?:do)? el pelo|(?:estan|estais) de broma|(?:esperan|"
    r"esperais|esperas|pretenden|pretendeis) que|en serio|es (?:mucho pedir|tan dificil)|"
    r"tan dificil es|cuesta tanto)",
)

# Asking what would happen, not reporting that it did: "what do I do if my card is stolen?".
HYPOTHETICAL: Final = (
    r"(?:what (?:should|do|can|would) (?:i|we|you) do (?:if|when|in case)|what if|"
    r"what happens (?:if|when)|in case (?:my|of)|if (?:my|i|someone|somebody) (?:[\w']+ ){0,3}"
    r"(?:lose|lost|is stolen|was stolen|gets? stolen|were stolen|steal)|"
    r"was passiert,? wenn|was (?:soll|muss) ich tun,? wenn|falls)",
    r"(?:was (?:mache|tue|tu|soll|muss|kann|sollte) (?:ich|man|wir)(?: tun| machen)?,? "
    r"(?:wenn|falls|im falle)|was ist,? wenn|im falle|fur den fall)",
    r"(?:que (?:dois|faire|se passe)[- ](?:je faire )?(?:si|quand)|en cas de|"
    r"que se passe-t-il (?:si|quand|en cas)|qu'est-ce qui se passe (?:si|quand)|"
    r"que faut-il faire (?:si|quand|en cas)|que faire (?:si|quand|en cas)|au cas ou|et si)",
    r"(?:que (?:hago|hacemos|debo hacer|tengo que hacer|puedo hacer|deberia hacer|hay que hacer|"
    r"pasa|sucede|ocurre|pasaria) (?:si|cuando|en caso)|en caso de|por si (?:mi|me|alguien|acaso))",
)

# Thanks: politeness, also at the end of a real complaint.
THANKS: Final = (
    r"(?:thanks|thank ?you|thx|ty|cheers|appreciate\w*|danke\w*|vielen dank|dankbar|bedanke\w*|"
    r"merci|mercis|remercie\w*|reconnaissante?s?|apprecier\w*|gracias|agradec\w*|agradecid[oa]s?)",
)

# How a question starts, when the message is asking rather than complaining.
QUESTION_START: Final = (
    r"(?:how|what|when|where|which|who|why|can|could|would|will|is|are|do|does|did|should|"
    r"i'?d like to know|i want to know|i need to know|please (?:tell|explain|let me know)|"
    r"may|am|any|is there|are there|wie|was|wann|wo|welche\w*|warum|kann|konnen|konnte|"
    r"ist|sind|gibt es|habe|hat|comment|quand|pourquoi|quel\w*|est-ce|puis-je|"
    r"pouvez-vous|peut-on|ou|como|cuando|donde|cual\w*|por que|puedo|pueden|podria\w*|hay|"
    r"wieso|weshalb|wie ?viel\w*|konnt|kannst|konntet|muss|soll|sollte|darf|wird|werde|bekomme|"
    r"ich (?:mochte|will|muss) wissen|ich wurde gerne wissen|"
    r"combien|que|qu'est-ce|quoi|qui|dois-je|faut-il|y a-t-il|avez-vous|pourriez-vous|"
    r"pourrais-je|peux-tu|vous pouvez|tu peux|vous pourriez|tu pourrais|(?:je voudrais|j'aimerais|je veux|j'ai besoin de) savoir|"
    r"cuant\w*|quien\w*|podeis|puedes|podrias|podriais|se puede|tengo que|debo|deberia|existe|es posible|"
    r"(?:necesito|quisiera|quiero|me gustaria) saber|me (?:pueden|puede|podrian|podria))",
)

# How staff treated the customer: the words of conduct complaints.
STAFF_CONDUCT: Final = (
    r"(?:rude\w*|unprofessional|disrespect\w*|condescending|arrogant|attitude|yell(?:ed|ing)|"
    r"shout(?:ed|ing) at|scream(?:ed|ing) at|swore at|hung up|laughed at|mocked|insulted|"
    r"belittl\w*|harass\w*|threaten(?:ed|ing|s)? (?:me|to)|intimidat\w*|abusive|"
    r"discriminat\w*|racis\w*|sexis\w*|lied to|lying to|keeps? calling|keep calling|"
    r"calling (?:me|my) (?:[\w']+ )?(?:every|repeatedly|multiple|at work|family|employer)|"
    r"(?:called|calling|contacted|contacting|texted|texting) (?:[\w']+ ){0,4}(?:employer|"
    r"work|family|relatives|neighbou?rs|friends)|garnish\w*)",
    r"(?:unhoflich\w*|unfreundlich\w*|respektlos\w*|herablassend\w*|unprofessionell\w*|"
    r"arrogant\w*|angeschrien|angebrullt|angeschnauzt|angemotzt|aufgelegt|ausgelacht|verspottet|"
    r"beleidigt|beleidigend\w*|belastig\w*|schikan\w*|bedroht|droh\w* (?:mir|mit)|gedroht|unter drohung\w*|"
    r"einschuchter\w*|diskriminier\w*|rassist\w*|sexist\w*|angelogen|belogen|lohnpfandung|"
    r"ruft (?:[\w']+ )?(?:standig|dauernd|taglich|immer wieder) an|(?:arbeitgeber|familie|"
    r"nachbarn|verwandte\w*) (?:[\w']+ ){0,2}(?:angerufen|kontaktiert))",
    r"(?:impoli\w*|grossier\w*|irrespectueu\w*|meprisant\w*|condescendant\w*|arrogant\w*|"
    r"(?:pas|peu|non) professionnel\w*|desagreable\w*|agressi\w*|m'?a raccroche|raccroche au nez|"
    r"hurle|crie dessus|m'a crie|moque\w* de moi|ri au nez|rabaiss\w*|insulte\w*|harcel\w*|"
    r"menace\w*|intimid\w*|discrimin\w*|racist\w*|sexist\w*|(?:m'a|m'ont|nous a|nous ont) menti|"
    r"saisie sur salaire|appel\w* (?:sans arret|sans cesse|tous les jours)|(?:mon employeur|"
    r"mon travail|ma famille|mes proches|mes voisins) (?:[\w']+ ){0,2}(?:appele|contacte)\w*)",
    r"(?:groser[oa]s?|maleducad[oa]s?|mal educad[oa]s?|irrespetuos[oa]s?|prepotentes?|"
    r"(?:poco|nada) profesional\w*|falta de (?:respeto|profesionalidad)|despectiv[oa]s?|"
    r"arrogantes?|condescendiente\w*|me colg(?:o|aron)|me han colgado|me grit(?:o|aron)|"
    r"gritandome|se (?:burlo|burlaron|rieron) de mi|insult\w*|acos(?:o|a|an|aron|ado|ada|ador|adores|ando)|amenaz\w*|intimid\w*|"
    r"discrimin\w*|racist\w*|sexist\w*|me (?:mintieron|mintio|han mentido)|mal trato|"
    r"trato pesimo|mal atendid[oa]s?|embargo (?:de|del) (?:sueldo|salario)|llaman (?:[\w']+ )?"
    r"(?:constantemente|todos los dias|a cada rato|sin parar)|(?:llamando|llamaron|contactaron) "
    r"(?:[\w']+ ){0,4}(?:mi trabajo|mi familia|mis familiares|mis vecinos|mi jefe|mi empleador))",
    r"(?:told|said|tells|says) (?:me |us )?(?:there was |there is |there'?s )?(?:nothing|noting) "
    r"(?:they|she|he|we) (?:could|can|would) do",
    r"refused to (?:help|serve|accept|listen|let)",
    r"(?:konne|konnten|konnen|kann|konnte) (?:[\w']+ )?nichts (?:tun|machen|unternehmen)|"
    r"nichts (?:tun|machen|unternehmen) (?:konne|konnten|konnen|kann|konnte)",
    r"(?:weigerte|weigerten|weigert|weigern) sich,? (?:[\w']+ ){0,4}(?:zu )?(?:helfen|bedienen|"
    r"anzunehmen|zuzuhoren)",
    r"(?:ne (?:pouvai\w*|peu\w*|pourrai\w*)|on ne peut) rien (?:faire|pour moi)|"
    r"refus\w* de (?:m'aider|nous aider|aider|servir|me servir|accepter|m'ecouter|ecouter)",
    r"no (?:podian|podia|pueden|puede|podiamos|podrian) hacer nada|no hay nada que (?:hacer|"
    r"podamos hacer)|se (?:nego|negaron|niega|niegan) a (?:ayudar|atender|aceptar|escuchar)\w*",
)

# The people whose conduct is complained of.
STAFF_PERSON: Final = (
    r"(?:employees?|staff|representatives?|reps?|agents?|managers?|cashiers?|drivers?|"
    r"associates?|supervisors?|workers?|crew|flight attendants?|pilots?|technicians?|"
    r"guards?|customer service (?:person|agent|rep)|the (?:lady|guy|man|woman)|collectors?)",
    r"(?:mitarbeiter\w*|(?:das|vom|dem|beim|des) personal|angestellte\w*|fahrer\w*|kassierer\w*|"
    r"filialleiter\w*|berater\w*|sachbearbeiter\w*|vertreter\w*|vorgesetzte\w*|"
    r"zugbegleiter\w*|flugbegleiter\w*|techniker\w*|monteur\w*|paketbote\w*|zusteller\w*|"
    r"wachmann|die dame|der herr|der typ)",
    r"(?:employe\w*|personnel|conseill\w*|chauffeurs?|livreurs?|caissi\w*|agents?|"
    r"(?:le|un|au) responsable|gerant\w*|superviseur\w*|hotesse\w*|steward\w*|techniciens?|"
    r"technicienne|vigile\w*|la dame|le monsieur|le type|le mec|interlocut\w*|teleconseill\w*|"
    r"standardiste|guichetier\w*|facteur)",
    r"(?:emplead[oa]s?|(?:el|del|al|su) personal|dependient[ae]s?|conductor\w*|repartidor\w*|"
    r"cajer[oa]s?|agentes?|trabajador\w*|asesor\w*|representantes?|encargad[oa]s?|"
    r"gerentes?|supervisor\w*|(?:el|la|los|un) tecnic[oa]s?|azafat[oa]s?|chofer\w*|"
    r"vigilantes?|teleoperador\w*|operari[oa]s?|la senora|el senor|la chica|el chico|el tipo|"
    r"cobrador\w*)",
)
