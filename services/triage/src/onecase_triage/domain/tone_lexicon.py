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
    r"(?:suck(?:ed|ing)|angepisst|f[*#@!]+(?:c?k|u?ck|cking|kin)\w*|fu[*#@!]+k?\w*|sh[*!#@]+t\w*|s[*#@]{2}t\b|b[*#@!]+tch\w*|a[*#@]+hole\w*|bulls[*#@!]+t|schei[*#@]+e|p[*#@]+tain|m[*#@]+rde|mi?[*#@]+erda|j[*#@]+der|sux|mfs|mofos?|(?:this|that|it) is (?:daylight |outright |pure |plain |simply |just )?(?:theft|robbery|stealing|extortion)|daylight robbery|(?:what|how much) (?:more )?(?:theft|robbery)|(?:you|they) have no manners|ill-?mannered|bad-?mannered|f+u+c+k\w*|fck\w*|fcking|fukin\w*|wtf|stfu|shit\w*|bullshit|bs|crap|crappy|damn|"
    r"goddamn\w*|hell no|(?:what|why|where|how|who) the hell|the hell (?:is|are|am|do|did|does|was|were|"
    r"have|has)|bloody|bastards?|assholes?|arseholes?|dicks?|pricks?|scumbags?|idiots?|"
    r"idiotic|morons?|moronic|imbeciles?|clowns?|cretins?|thieves|crooks?|liars?|robbers?|con "
    r"artists?|pigs?|trash|garbage|rubbish|scam(?:s)?|ripoff|rip[- ]off|rip(?:ping)? (?:people|customers|us|everyone) off|piss(?:ed)?|screw (?:you|"
    r"u)|suck(?:s)?|sucks|ass|dumbass\w*|jackass\w*|(?:go to|burn in|rot in|combust in) hell|kill "
    r"yourself|🤬|💩)",
    r"(?:bringt euch um|verreckt|fahrt zur holle|in der holle (?:schmoren|verbrennen|verbrennt)|das ist (?:reiner |glatter |doch )?(?:diebstahl|raub|wucher)|(?:ihr habt|sie haben) keine manieren|(?:was|warum|wieso|weshalb|wo|wer|wie) (?:zum teufel|zur holle)|scheiss\w*|bockmist|(?:zer)?fick\w*|mull|(?<!keinen )mist(?! bau)|verdammt\w*|arsch\w*|idiot\w*|vollidiot\w*|depp\w*|trottel\w*|abzocke\w*|"
    r"abgezockt|verbrecher\w*|lugner\w*|diebe|dieben|diebesbande|gauner\w*|saftladen|drecks\w*|"
    r"dreck|kack\w*|beschissen\w*|verarsch\w*|schwachsinn\w*|schrott\w*|zum kotzen|wichser|"
    r"hurensohn\w*|penner|was zum teufel|fahr(?:t)? zur holle|betrugerbande|betrugerverein|(?:ihr|seid|sind|alles|nur|"
    r"bande von|haufen) (?:[\w']+ )?betruger\w*)",
    r"(?:crevez|allez en enfer|brul\w* en enfer|(?:vous n'avez|ils n'ont) (?:aucune|pas d') ?(?:education|manieres|savoir-vivre)|mal eleves?|putain|ptn|merde\w*|connerie\w*|daube|bordel|bull ?crap|nique\w*|(?:du|mon|ton|au|trou du) cul|connards?|connasses?|cretins?|abrutis?|idiots?|(?:bande de|des|"
    r"les|ces|quels?|espece de) cons|voleurs?|escrocs|menteurs?|nuls?|bandits|truands|arnaques?|"
    r"arnaqueurs?|c'est du vol|bande (?:de |d')(?!x+(?!\w))\w+|foutage de gueule|foutez|se fout\w*|"
    r"chier|enfoir\w*|salop\w*|encul\w*|batard\w*|pourri(?:e|es|s|ture\w*)?|minable\w*|guignols?|incapables|bons? "
    r"a rien|degueulasse|ta gueule|(?:va|allez) en enfer)",
    r"(?:morios|moriros|ardais en el infierno|idos al infierno|mierdas|chorradas?|gilipolleces|no tienen? (?:ni )?(?:educacion|modales)|sin modales|(?:que|como|donde|quien) (?:demonios|diablos)|mierda|joder|jodid[oa]s?|cabron\w*|gilipollas|idiotas?|imbeciles?|(?:sois|son|eres|panda de|pandilla de|atajo de|menudos|unos) (?:unos )?inutiles?\b|ladrones|"
    r"rateros|estafadores|estafas?|mentiros[oa]s|sinverguenzas|hijos de puta|putas?|putadas?|cono|"
    r"pendej\w*|carajo|chingad\w*|pinches?|capullos?|malparid\w*|me cago en|vete al infierno|iros al infierno|(?<!a la )basura|porqueria|"
    r"tontos|(?:es|esto es) un (?:robo|atraco)|panda de (?!x+(?!\w))\w+)",
)

# Anger 2: clear anger without swearing.
ANGER: Final = (
    r"(?:(?:it'?s|that'?s|this is) (?:just )?(?:crazy|insane|madness)|humiliating|degrading|(?:could ?n'?t|could not) care less|do ?n'?t give a damn|shocking(?! news)|(?:is|was|so|really) (?:so |really |very |incredibly |extremely )?painful|you(?:'re| are) (?:kidding|joking)(?: me)?|you(?:'ve| have) got to be (?:kidding|joking)(?: me)?|you must be (?:kidding|joking)(?: me)?|are you (?:kidding|joking)(?: me)?|pathetic|disgusting|disgraceful|disgrace|ridiculous|unacceptable|outrageous|appalling|"
    r"atrocious|abysmal|stinks|horrendous|horrible|terrible|awful|worst|useless|incompetent|incompetence|"
    r"shameful|shame on|a joke|joke of|laughable|absurd|insane|furious|livid|enraged|outraged|"
    r"angry|irate|fed up|sick of|sick and tired|(?<!j'ai )(?<!ai )(?<!la )(?<!en )hate(?! de\b| d')|hating|nightmare|unbelievable|how dare|"
    r"illegal|illegally|negligen\w*|deceptive|predatory|unethical|dishonest|nonsense|stupid|suck(?:s|ed|ing)?|thanks for nothing|no "
    r"thanks to|seriously\?+|really\?+|(?<!natural )disaster\w*|disgusted|(?:so|really|very|still|i'?m|im|am|"
    r"are|be|being|getting|get|got) mad(?! props)|😡|😠|😤)",
    r"(?:(?:die )?schnauze (?:gestrichen )?voll|demutigend|erniedrigend|humiliant|(?:ist|war) (?:euch|ihnen) (?:doch )?(?:vollig |total |komplett |absolut )?egal|schamt euch|schamen sie sich|irre\b|empor(?:end|t)\w*|unverfroren\w*|unverschamt\w*|frechheit|lacherlich\w*|lachhaft|bescheuert\w*|angepisst|pisst mich an|inakzeptabel|katastroph\w*|skandal\w*|"
    r"schlechteste\w*|unmoglich\w*|wutend\w*|stinksauer|sauer|zornig|emport|hass(?:e|en|t)|unfahig\w*|"
    r"inkompetent\w*|zumutung|illegal\w*|sauerei|armselig\w*|erbarmlich\w*|widerlich\w*|"
    r"ekelhaft\w*|schandlich\w*|schande|grauenhaft\w*|schrecklich\w*|furchtbar\w*|miserabel\w*|"
    r"absurde?[nrs]?|albtraum|alptraum|unglaublich|fahrlassig\w*|unserios\w*|kriminell\w*|"
    r"nutzlos\w*|desaster\w*|angewidert|ein (?:schlechter )?witz|nase voll|(?:es|das|alles) satt|es reicht|wie konnen sie "
    r"es wagen|danke fur nichts|ernsthaft\?+|wirklich\?+)",
    r"(?:debiles?\b|incroyable(?=\s*(?:[.!]|$))|vous vous en (?:fichez|foutez|moquez)(?! de moi)|vous plaisantez|tu plaisantes|vous vous moquez de (?:moi|nous)|vous vous foutez de (?:moi|nous)|delirant\w*|de la folie|(?:l'un|l'une|un|une) des pires|honte\w*|honteu\w*|inadmissible|inacceptable|scandal\w*|ridicule\w*|lamentable|pitoyable|"
    r"catastroph\w*|furieu\w*|en colere|enerve\w*|marre|ras le bol|detest\w*|incompetent\w*|(?:le|la|"
    r"les) pires?|n'importe quoi|illegal\w*|degout\w*|ecoeur\w*|horribles?|terribles?|affreu\w*|"
    r"execrable|deplorable|desastr\w*|(?:ca|qui|c'est|ils|elle|il) craint|craignos|epouvantable|absurde|aberrant\w*|insense|hallucinant|inoui|revoltant\w*|"
    r"indign\w*|hors de moi|j'en ai assez|cauchemar\w*|comment osez-vous|comment osez vous|"
    r"negligen\w*|malhonnete\w*|abusifs?|pathetique\w*|merci pour rien|une blague|inutiles?(?! d)|"
    r"serieusement ?\?+|vraiment ?\?+)",
    r"(?:humillante|increible(?=\s*(?:[.!]|$))|(?:os|les) da (?:completamente |totalmente |absolutamente )?igual|de locos|una locura|odi(?:o|a|an|ar)|lo peor|verguenza|vergonzos[oa]s?|inaceptable|indignante|indignad[oa]|cabread[oa]s?|cabreo|me cabrea\w*|ridicul[oa]s?|pesim[oa]s?|"
    r"horribles?|terribles?|asquero\w*|asquead[oa]s?|apesta\w*|tonteria\w*|que asco|da asco|repugnante|patetic[oa]s?|deplorable|"
    r"furios[oa]s?|cabread[oa]s?|enojad[oa]s?|enfadad[oa]s?|hart[oa]s?|hasta las narices|odio|"
    r"incompetentes?|lamentable|(?:el|la|los|las) peor(?:es)?|ilegal\w*|un desastre|desastr\w*|"
    r"pesadilla|absurd[oa]|una broma|un chiste|una burla|tomadura de pelo|como se atreven|"
    r"negligen\w*|deshonest\w*|abusiv[oa]s?|gracias por nada|inutil|en serio ?\?+|de "
    r"verdad ?\?+)",
)

# Anger 1: mild frustration and formal demands.
FRUSTRATION: Final = (
    r"(?:(?:so |really |very |sick and )?tired of|not (?:best|too|very|at all|that|so|exactly|overly) (?:pleased|happy|impressed|amused)|gr{2,}h*|a+rgh+|crickets|radio silence|(?:just|total|complete|deafening|utter) silence|disappointed|disappointing|frustrat\w*|annoy\w*|unhappy|not happy|not impressed|"
    r"dissatisfied|unsatisfied|not satisfied|upset|poor service|bad service|sigh|ugh|come on|"
    r"seriously|unfortunately|regrettably|sadly|concerned|i demand|demand that|(?<!can )(?<!could )(?<!should )(?<!will )(?<!do )(?<!when )i expect|not good enough|not ok|"
    r"inconvenien\w*|irritat\w*|distress\w*|stressful|stressed|let down|😒|🙄)",
    r"(?:(?:bin|sind) es leid|nicht (?:gerade|sehr|besonders|so|wirklich) (?:zufrieden|glucklich|begeistert|erfreut)|nicht erfreut|belastend|funkstille|(?:totale|vollige|absolute) stille|enttausch\w*|argerlich|arger|verargert|genervt|nervig|nervt|unzufrieden|unglucklich|nicht "
    r"(?:zufrieden|glucklich|begeistert|beeindruckt|gut genug|ok|in ordnung)|aufgebracht|frustr\w*|"
    r"schlechte\w* (?:service|kundenservice|kundendienst)|leider|seufz|ach komm|ernsthaft|besorgt|"
    r"ich verlange|ich fordere|ich erwarte|verlange ich|fordere ich|unannehmlichkeit\w*|irritiert|gestresst|stressig|"
    r"(?:erheblich|sehr|stark) belastet|belastet mich|(?<!nie )im stich gelassen)",
    r"(?:enervant\w*|m'enerve\w*|ca m'enerve|(?:suis|sommes) (?:[\w']+ )?fatigue\w* (?:de|d')|silence radio|(?:silence|mutisme) (?:total|complet|absolu)|detresse|decu\w*|decevant\w*|agace\w*|agacant|pas (?:tres |du tout )?(?:content|satisfait|heureux|"
    r"heureuse|ravi|impressionne)\w*|insatisfait\w*|mecontent\w*|frustr\w*|contrarie\w*|ennuye\w*|"
    r"embete\w*|soupir|pff+|allez quoi|serieusement|inquiet\w*|preoccupe\w*|malheureusement|"
    r"j'?exige|nous exigeons|chiant\w*|saoul\w*|relou|j'?attends (?:de vous|que vous)|pas a la "
    r"hauteur|pas assez bien|desagrement\w*|irrite\w*|penible|mauvais service|stresse\w*|"
    r"stressant\w*)",
    r"(?:(?:estoy|estamos) (?:[\w']+ )?cansad[oa]s? de|no (?:muy|nada|demasiado) (?:content[oa]s?|satisfech[oa]s?|feliz)|angustios[oa]|silencio (?:total|absoluto|sepulcral|de radio)|ni caso|angustia\w*|decepcionad[oa]s?|decepcion\w*|molest[oa]s?|no (?:estoy|estamos) (?:content|feliz|"
    r"conforme|satisfech)\w*|descontent[oa]s?|insatisfech[oa]s?|inconforme|disgustad[oa]s?|"
    r"frustr\w*|fastidi(?:o|ad[oa]s?|os[oa]s?)|irritad[oa]s?|preocupad[oa]s?|mosquead[oa]s?|lamentablemente|"
    r"desgraciadamente|exijo|exigimos|vamos hombre|venga ya|en serio|no es suficiente|mal servicio|"
    r"mala atencion|molestias|conazo|pesadez|estresad[oa]s?|estresante)",
)

# Praise and thanks: what a customer says when nothing is wrong.
PRAISE: Final = (
    r"(?:sweetest|so sweet|kindest|so kind(?! (?:as|to)\b)|love|loving|loved|great|awesome|amazing|excellent|brilliant|fantastic|wonderful|kudos|"
    r"well done|shout ?out|(?<!\bat )(?<!\bmy )(?<!\btheir )(?<!\bits )best(?! (?:described|way|option|practice|case|interests?|of luck|buy|guess|regards|wishes|thing|thin|course|step|steps|approach|solution|method|number|time|place|person|contact)\b)(?! (?:i|they|we|you) (?:can|could)\b)|happy|glad|impressed|perfect|congrat\w*|props|nice|pleased|"
    r"delighted|fabulous|superb|outstanding|lovely|favou?rite|made my day|:\)|:-\)|;\)|"
    r"<3|😍|😊|🙂|😀|😁|😘|❤️?|👍|🙌|✊\S*|💙|💕|😃|😄)",
    r"(?:(?:sehr|so|super|total|wirklich|echt|unglaublich) (?:nett|hilfsbereit)|(?:der|die|das) nettest\w*|(?:ist|sind|war|echt|sehr|super|wirklich|einfach|so|richtig) toll|toll(?:e|en|er|es)|"
    r"super(?! (?:langsam|unfreundlich|nervig|argerlich|teuer|schlecht|enttauscht|umstandlich|"
    r"kompliziert|lange?|galere|difficile|complique)\w*)|(?<!erste )(?<!ersten )(?<!erster )(?<!zweite )(?<!zweiten )klasse|prima|hervorragend|grossartig|perfekt|liebe(?! ?@)(?!r? (?:herr|frau|team|kundenservice))|wunderbar|spitze|genial|fantastisch|"
    r"ausgezeichnet|gut gemacht|zufrieden|begeistert|beeindruckt|froh|glucklich|lieblings\w*|"
    r"(?:gute|tolle|super|klasse) arbeit|der beste|die beste|das beste(?!,? (?:was|wie|wenn) )|die besten)",
    r"(?:big up|(?:tres|trop|si|super|vraiment) (?:gentil\w*|aimable\w*|adorables?)|adorables?|genial\w*|bravo|parfait\w*|excellent\w*|formidable|super(?! (?:desagreable|lent|mal|mauvais|nul|cher|long|chiant|decu|"
    r"enerve|agace|penible|complique|decevant|frustr|galere|difficile)\w*)|au top|(?:c'est|etes|es) "
    r"(?:vraiment |trop )?top|adore\w*|merveilleu\w*|magnifique|fantastique|impeccable|chapeau|"
    r"felicitations|(?:tres |trop |vraiment |si )?ravie?s? (?:de|d'|du|des)|ravies|contente?s? "
    r"(?:de|d'|du|des)|(?:tres|trop|super|vraiment|si) contente?s?|contentes?|heureu\w*|"
    r"satisfait\w*|impressionne\w*|(?:le|la) meilleure?(?! (?:chose|facon|solution|option|maniere|methode|demarche|moyen)\b)|c'est nickel|trop bien|bien joue|sympas?|"
    r"sympathique\w*|(?:beau|bon|super|excellent) travail)",
    r"(?:(?:muy|super|tan|re) (?:amables?|majos?|majas?)|amabilisim[oa]s?|genial(?:es)?|excelentes?|estupend[oa]s?|perfect[oa]s?|felicidades|felicitaciones|"
    r"enhorabuena|encanta\w*|encantad[oa]s?|maravillos[oa]s?|fantastic[oa]s?|buenisim[oa]s?|"
    r"content[oa]s?|feliz|satisfech[oa]s?|impresionad[oa]s?|(?:el|la|los|las) mejor(?:es)?|"
    r"favorit[oa]|bien hecho|de lujo|gran (?:servicio|atencion|experiencia)|buen servicio|"
    r"(?:buen|gran|excelente) trabajo)",
)

# A complaint asked as a question: "why does it always drop?", "are you kidding?".
RHETORICAL: Final = (
    r"(?:you(?:'re| are) (?:kidding|joking)(?: me)?|you(?:'ve| have) got to be (?:kidding|joking)(?: me)?|you must be (?:kidding|joking)(?: me)?|why (?:[\w']+ ){1,3}(?:always|every time|constantly|keeps?)|why (?:was ?n'?t|were ?n'?t|has ?n'?t|have ?n'?t|had ?n'?t|do|does|did|don'?t|doesn'?t|didn'?t|is|are|isn'?t|aren'?t|can'?t|won'?t|would|has|"
    r"have|the|my|your|u|on earth|the hell)|how (?:can|could|dare) (?:you|u|they)(?! (?:help|assist|support)\b)|how do (?:you|u|they)(?: lot| guys| people)? (?:expect|think|sleep|live|justify|call|treat|get away)|is this (?:a "
    r"joke|how|what)|are you (?:serious|kidding)|you (?:expect|think)|seriously|really\?|\?{2,}|is "
    r"it (?:too much|so hard))",
    r"(?:das ist (?:doch )?(?:wohl )?ein witz|(?:sie machen|ihr macht|du machst) (?:wohl |doch )?witze|(?:warum|wieso|weshalb) (?:[\w']+ ){1,3}(?:keine?n?|nicht|nie)\b|(?:warum|wieso|weshalb) (?:[\w']+ )?(?:nicht|ihr|sie|du|immer|schon wieder|zum teufel)|"
    r"(?:warum|wieso|weshalb) (?:[\w']+ ){1,4}(?:immer|standig|dauernd|jedes mal)|(?:warum|wieso|weshalb) (?:ist|sind|"
    r"geht|kann|konnen|funktioniert|dauert|muss|mussen|habt|wurde|wurden|bricht|kostet|kosten|berechnet|"
    r"hat|haben|wird|werden|gibt|bekomme|soll|sollte|seid|mein|meine|meinen|die|der|das)|wie "
    r"(?:konnen|konnt|kannst) (?:sie|ihr|du)(?! (?:mir|uns) (?:[\w']+ )?(?:helfen|weiterhelfen|unterstutzen)\b)|soll das ein witz sein|ist das (?:ein witz|euer ernst|"
    r"ihr ernst|dein ernst)|meinen sie das ernst|(?:erwartet|glaubt|denkt) ihr|ihr (?:erwartet|glaubt|denkt),? dass|(?:erwarten|glauben|"
    r"denken) sie (?:wirklich|ernsthaft|etwa)|erwarten sie,? dass|erwartest du|ernsthaft|echt "
    r"jetzt|ist es (?:zu viel verlangt|so schwer)|zu viel verlangt|wie (?:rechtfertigt|begrundet) ihr|wie "
    r"(?:rechtfertigen|begrunden) sie)",
    r"(?:serieux ?\?|pourquoi (?:[\w']+ ){1,3}(?:toujours|sans arret|chaque fois|tout le temps)|pourquoi (?:y|l'|avez|dois|ai|faut|est|"
    r"ca|vous|tu|mon|ma|mes|le|la|les|il|ils|elle|on|ne|n'|"
    r"c'est|toujours|jamais|personne|rien|diable|donc|encore|je)|comment (?:pouvez-vous|pouvez "
    r"vous|osez|peut-on|est-ce possible|c'est possible|vous pouvez|tu peux)(?! (?:m'aider|nous aider|m'assister|m'accompagner)\b)|c'est une blague|vous "
    r"(?:vous )?moquez|vous etes serieux|vous rigolez|vous plaisantez|tu rigoles|vous "
    r"(?:vous )?attendez a ce que|vous (?:ne )?(?:pensez|croyez|trouvez) (?:pas )?(?:que|normal)|serieusement|c'est "
    r"trop demander|est-ce si difficile|c'est si (?:difficile|dur)|comment (?:vous )?justifi(?:ez|er)|comment "
    r"pouvez-vous justifier)",
    r"(?:por que (?:[\w']+ ){1,3}(?:siempre|cada vez|todo el rato|constantemente)|por que (?:no|siempre|nunca|mi|mis|el|la|los|las|me|nos|tengo|tienen|es|son|esta|estan|"
    r"hay|ustedes|vosotros|demonios|diablos|rayos|narices|cuesta|tarda|tardan)|como (?:pueden|"
    r"puede|es posible|se atreven|os atreveis|podeis)(?! (?:ayudarme|ayudarnos|asistirme|ayudar)\b)|(?:es|esto es) (?:una broma|un chiste)|es "
    r"una broma|me (?:estan )?toman(?:do)? el pelo|(?:estan|estais) de broma|(?:esperan|esperais|"
    r"esperas|pretenden|pretendeis) que|en serio|es (?:mucho pedir|tan dificil)|tan dificil es|"
    r"cuesta tanto|como (?:justificais|justifican|justificas|pueden justificar|podeis justificar)|"
    r"(?:creeis|creen|crees|pensais|piensan) que no)",
)

# Asking what would happen, not reporting that it did: "what do I do if my card is stolen?".
HYPOTHETICAL: Final = (
    r"(?:(?:tell|know|check|see|find out|verify) if (?:someone|somebody)|i (?:think|suspect|believe|fear|am afraid|'m afraid)(?: that)? (?:someone|somebody)|"
    r"(?:someone|somebody|it) (?:may|might|could) (?:be|have)|(?:not sure|can'?t be sure|possibly|"
    r"possibility|potential(?:ly)?|maybe) (?:[\w',]+ ){0,4}(?:someone|somebody|stolen|lost|hacked|compromised|"
    r"fraud\w*|used|using|cloned|accessed)|possible (?:fraud\w*|theft|breach|scam|hack\w*|unauthori[sz]ed|"
    r"compromise)|afraid (?:that )?someone|(?:i'?m|i am) (?:worried|scared|concerned) (?:that )?(?:someone|"
    r"somebody))",
    r"(?:what (?:should|do|can|would) (?:i|we|you) do (?:if|when|in case)|what if|what happens "
    r"(?:if|when)|in case (?:my|of)|if (?:my|i|someone|somebody) (?:[\w']+ ){0,3}(?:lose|lost|is "
    r"stolen|was stolen|gets? stolen|got stolen|were stolen|steal))",
    r"(?:(?:erkenne|erkennen|weiss|wissen|sehe|sehen|prufe|prufen|herausfinden|feststellen)(?: ich| man| wir)?,? ob jemand|(?:ich )?mache mir sorgen,? (?:dass )?jemand|mogliche\w* (?:betrug\w*|diebstahl|datenleck|hack\w*|unautorisiert\w*)|"
    r"(?:ich )?(?:glaube|vermute|befurchte|furchte),? (?:dass )?(?:vielleicht )?jemand|(?:ich )?(?:habe|hab) (?:angst|den verdacht),? "
    r"(?:dass )?jemand|nicht sicher,? (?:[\w',]+ ){0,5}(?:jemand|gestohlen|geklaut|verloren|gehackt|kompromittiert|"
    r"benutzt)|jemand (?:[\w']+ ){0,2}"
    r"vielleicht|(?:moglicherweise|vielleicht) (?:[\w',]+ ){0,4}(?:jemand|gestohlen|geklaut|verloren|gehackt|"
    r"kompromittiert|benutzt|verwendet)|was (?:mache|tue|tu|soll|muss|kann|sollte) (?:ich|man|wir)(?: tun| machen)?,? (?:wenn|"
    r"falls|im falle)|was passiert,? (?:wenn|falls)|was ist,? wenn|im falle (?:eines|einer|von|"
    r"dass)|fur den fall|(?:wenn|falls) (?:meine?n?|ich|jemand|man) (?:[\w']+ ){0,3}(?:verliere|"
    r"verloren|gestohlen|stiehlt|klaut|geklaut))",
    r"(?:(?:savoir|voir|verifier|dire|reconnaitre) si quelqu'un|j'ai peur que (?:quelqu'un|on)|(?:possible|eventuel)\w* (?:fraude|activite frauduleuse|vol|piratage)|"
    r"je (?:pense|crois|crains|soupconne) (?:qu'|que )(?:on(?! (?:m'a|m'ont|nous a|a) (?:vole|pris|derobe))|quelqu'un)|j'ai peur qu'(?:on|quelqu'un)|(?:je )?(?:dois faire|fais) "
    r"quoi (?:si|quand|en cas)|(?:il se peut que?|il est possible que?|peut-etre que?) (?:[\w',]+ ){0,4}(?:quelqu'un|on|"
    r"vole\w*|perdu\w*|pirate\w*|compromis\w*|utilise\w*)|quelqu'un (?:pourrait|a peut-etre|"
    r"peut-etre)|que (?:dois|faire|se passe)[- ](?:je faire )?(?:si|quand)|en cas de|que se passe-t-il "
    r"(?:si|quand|en cas)|qu'est-ce qui se passe (?:si|quand)|que faut-il faire (?:si|quand|en "
    r"cas)|que faire (?:si|quand|en cas)|au cas ou|(?:si|et si) (?:ma|mon|mes|je|quelqu'un|on) "
    r"(?:[\w']+ ){0,3}(?:perds|perdu|perdue|volee?s?|vole))",
    r"(?:(?:saber|se|ver|comprobar|verificar) si alguien|(?:me preocupa|tengo miedo de|temo) que alguien|posibles? (?:fraude|actividad fraudulenta|robo|hackeo|cargos? no autorizados?)|creo que alguien|(?:sospecho|temo|me temo|tengo miedo de) que alguien|puede (?:ser )?que alguien|(?:quizas?|tal vez|a "
    r"lo mejor) alguien|alguien (?:puede|podria) (?:estar|haber)|"
    r"que (?:hago|hacemos|debo hacer|tengo que hacer|puedo hacer|deberia hacer|hay que hacer|"
    r"pasa|sucede|ocurre|pasaria) (?:si|cuando|en caso)|en caso de|por si (?:mi|me|alguien|acaso)|"
    r"si (?:me|mi|alguien|se me) (?:[\w']+ ){0,3}(?:pierdo|pierde|perdiera|roban|robaran|robaron|roba|"
    r"perdido|robado))",
)

# Thanks: politeness, also at the end of a real complaint.
THANKS: Final = (
    r"(?:(?<!\bok )(?<!\bok, )(?<!okay )(?<!okay, )(?<!\bvale )(?<!\bvale, )(?:thanks(?! to\b)|thank ?you|thx|ty|danke\w*|gracias)|cheers|appreciate\w*|vielen dank|dankbar|bedanke\w*|"
    r"(?<!\bok )(?<!\bok, )(?<!okay )(?<!okay, )(?<!\bvale )(?<!\bvale, )(?<!d'accord )(?<!d'accord, )merci(?! d(?:e |')(?:bien vouloir )?(?:bloquer|supprimer|corriger|retirer|proceder|faire|verifier|"
    r"regler|rembourser|envoyer|contacter|appeler|repondre|traiter|annuler|effacer|enqueter|examiner|rectifier|"
    r"retablir|me|nous))|mercis|remercie\w*|reconnaissante?s?|apprecier\w*|agradec\w*|agradecid[oa]s?)",
)

# How a question starts, when the message is asking rather than complaining.
QUESTION_START: Final = (
    r"(?:how|what(?! happened (?:is|was) (?:that|when)\b)|when|where|which|who|why|(?:can|could|would|will|is|are|do|does|did|should)(?!n?'t\b| ?not\b)|i'?d "
    r"like to know|i want to know|i need to know|please (?:tell|explain|let me know)|may|am(?= i\b| we\b)|any|is "
    r"there|are there|wie|was(?= (?:ist|kann|konnen|soll|muss|passiert|mache|machen|tun|bedeutet|sind|kostet|kosten|habe|hat|gibt|wird|war|los|genau|denn|heisst|brauche|bekomme|bringt)\b)|wann|wo|welche\w*|warum|gibt es|gibt'?s|(?:kann|konnen|konnte|ist|sind|habe|hat|muss|soll|sollte|darf|wird|werde|bekomme)(?= (?:ich|man|mein\w*|dein\w*|sein\w*|ihr|sie|er|es|jemand|das|die|der|den|dem|eine?|mir|uns|@))|"
    r"comment|quand|pourquoi|quel\w*|est-ce|puis-je|pouvez-vous|peut-on|ou|como|cuando|donde|"
    r"cual\w*|por que|puedo|pueden|podria\w*|hay|wieso|weshalb|wie ?viel\w*|konnt|kannst|konntet|"
    r"wozu|a quoi|para que|ich (?:mochte|will|muss) wissen|ich wurde gerne "
    r"wissen|combien|que|qu'est-ce|est-il|est-elle|quoi|qui|dois-je|faut-il|y a-t-il|avez-vous|"
    r"pourriez-vous|pourrais-je|peux-tu|vous pouvez|tu peux|vous pourriez|tu pourrais|(?:je "
    r"voudrais|j'aimerais|je veux|j'ai besoin de) savoir|cuant\w*|quien\w*|podeis|puedes|podrias|"
    r"podriais|se puede|tengo que|debo|deberia|existe|es posible|(?:necesito|quisiera|quiero|me "
    r"gustaria) saber|me (?:pueden|puede|podrian|podria))",
)

# How staff treated the customer: the words of conduct complaints.
STAFF_CONDUCT: Final = (
    r"(?:(?:told|informed|contacted|called|texted) my (?:neighbou?rs?|employer|boss|family|relatives|co-?workers|colleagues|friends) (?:about|of) my|(?:hang|hangs|hanging) up on (?:me|us)|lazy (?:af|staff|workers|employees|people|reps|agents|drivers|crew)\b|(?:are|is|being|so|too|very|bloody) lazy\b|rude\w*|surly|unprofessional|pressur(?:e|ed|ing) (?:me|us)|pushy|disrespect\w*|condescending|arrogant|attitude|yell(?:ed|ing)|"
    r"shout(?:ed|ing) at|scream(?:ed|ing) at|swore at|hung up|laughed at|mocked|insulted|"
    r"belittl\w*|harass\w*|pester(?:ed|ing|s)? (?:me|us)|threaten(?:ed|ing|s)? (?:me|to)|intimidat\w*|abusive|discriminat\w*|"
    r"racis\w*|sexis\w*|lied to|lying to|(?:lie|lies) to (?:me|us|customers|people|everyone|the (?:client|customer)s?|clients)|(?:reps?|agents?|staff|employees?|representatives?|managers?) (?:[\w']+ ){0,2}(?:to )?(?:lie|lied|lies)\b(?! down)|keeps? calling|keep calling|calling (?:me|my) "
    r"(?:[\w']+ )?(?:every|repeatedly|multiple|at work|family|employer)|(?:called|calling|"
    r"contacted|contacting|texted|texting) (?:[\w']+ ){0,4}(?:employer|work|family|relatives|"
    r"neighbou?rs|friends|people i know|my boss)|garnish\w*|tak(?:e|es|ing|en) money (?:out )?(?:of|"
    r"from) my (?:pay ?checks?|wages|salary|pay))",
    r"(?:(?:meinen|meiner|meinem) (?:nachbarn|arbeitgeber|chef|familie|kollegen) (?:[\w']+ ){0,4}(?:erzahlt|gesagt|mitgeteilt)|(?:hat|haben|hatte|hatten) (?:[\w']+ ){0,3}aufgelegt|(?:legen|legt) (?:einfach )?(?:immer )?(?:wieder )?auf(?= *(?:[.!?,;]|$))|faule\w* (?:mitarbeiter|angestellte|personal|leute|fahrer)\w*|(?:mitarbeiter|angestellte|personal|fahrer)\w* (?:[\w']+ ){0,3}faul\b|nerv(?:en|t|ten) (?:mich|uns) (?:[\w']+ ){0,3}(?:mit|standig|dauernd)|(?:angerufen|kontaktiert|rufen|riefen),? (?:[\w',]+ ){0,5}(?:meinen chef|meine chefin|meinen "
    r"arbeitgeber|meine familie|meine nachbarn|meine freunde|meine kollegen)|(?:ziehen|nehmen|pfanden|"
    r"behalten) (?:[\w']+ ){0,4}(?:von|vom|aus) (?:meinem |dem )?(?:lohn|gehalt)|lohnpfandung\w*|"
    r"gehaltspfandung\w*|unhoflich\w*|unfreundlich\w*|murrisch\w*|was (?:[\w']+ ){0,3}fur eine einstellung|(?:mich|uns) (?:[\w']+ ){0,2}unter druck gesetzt|aufdringlich\w*|respektlos\w*|herablassend\w*|unprofessionell\w*|arrogant\w*|"
    r"angeschrien|angebrullt|angeschnauzt|angemotzt|aufgelegt|ausgelacht|verspottet|beleidigt|"
    r"beleidigend\w*|belastig\w*|schikan\w*|bedroht|droh\w* (?:mir|mit)|gedroht|unter drohung\w*|"
    r"einschuchter\w*|diskriminier\w*|rassist\w*|sexist\w*|angelogen|belogen|lohnpfandung|pfand\w* (?:meinen|mein|das|den) (?:lohn|gehalt)|ruf\w* "
    r"(?:[\w']+ )?(?:standig|dauernd|taglich|immer wieder|andauernd)|(?:arbeitgeber|familie|"
    r"nachbarn|verwandte\w*) (?:[\w']+ ){0,2}(?:angerufen|kontaktiert))",
    r"(?:(?:a|ont) parle de (?:ma|mes|mon) (?:dette|dettes|credit|situation) a (?:mes|ma|mon) (?:voisins?|famille|employeur|collegues?|patron)|me raccroch\w*|(?:sont|est|trop|si) (?:faineants?|paresseux)|(?:employes|agents|personnel) (?:[\w']+ )?(?:faineants?|paresseux)|(?:appele|appelle|contacte)\w*,? (?:[\w',]+ ){0,7}(?:mon patron|ma patronne|mon employeur|ma "
    r"famille|mes voisins|mes amis|mes collegues)|(?:prennent|prend|prelevent|preleve|retiennent|"
    r"saisissent) (?:[\w']+ ){0,4}(?:sur|de) mon (?:salaire|paie)|saisie sur (?:mon )?salaire|"
    r"impoli\w*|malpoli\w*|(?:m'a|m'ont|nous a|nous ont) mis la pression|insistant\w*|(?<!erreur )(?<!erreurs )(?<!faute )grossier\w*|irrespectueu\w*|meprisant\w*|"
    r"condescendant\w*|arrogant\w*|(?:pas|peu|non) professionnel\w*|desagreable\w*|agressi\w*|m'?a "
    r"raccroche|raccroche au nez|hurle|crie dessus|m'a crie|moque\w* de moi|ri au nez|rabaiss\w*|"
    r"insulte\w*|harcel\w*|menace\w*|intimid\w*|discrimin\w*|racist\w*|sexist\w*|(?:m'a|m'ont|nous "
    r"a|nous ont) menti|saisie sur salaire|appel\w* (?:sans arret|sans cesse|tous les jours)|"
    r"(?:n'arrete|n'arretent) pas de (?:m'|nous )?appeler|(?:mon employeur|mon travail|ma famille|"
    r"mes proches|mes voisins) (?:[\w']+ ){0,2}(?:appele|contacte)\w*)",
    r"(?:(?:les )?(?:conto|dijo|informo) a mis (?:vecinos|familiares|companeros|jefes)|me (?:ha|han) colgado|me colgaron|me colgo|me (?:cuelgan|cuelga)|(?:son|es|muy|tan) (?:vag[oa]s?|perezos[oa]s?)|(?:empleados|agentes|personal) (?:[\w']+ )?(?:vag[oa]s|perezos[oa]s)|(?:llamaron|llaman|llamado|contactaron|contactado),? (?:[\w',]+ ){0,5}(?:mi jefe|mi jefa|mi "
    r"empleador|mi familia|mis vecinos|mis amigos|mis companeros)|(?:me )?(?:quitan|quitaron|descuentan|"
    r"descontaron|retienen|embargan|embargaron) (?:[\w']+ ){0,4}(?:de )?(?:mi|la) (?:nomina|sueldo|"
    r"salario)|embargo (?:de|del|sobre) (?:mi )?(?:sueldo|salario|nomina)|groser[oa]s?|maleducad[oa]s?|(?:la )?actitud (?:de|del) (?:vuestro |su |el )?(?:personal|emplead\w*|dependient\w*)|(?:me|nos) (?:presionaron|presiono|presionan|presionaba\w*)|(?:muy|super|bastante|mas|tan) bordes?|antipatic[oa]s?|mal educad[oa]s?|irrespetuos[oa]s?|prepotentes?|(?:poco|"
    r"nada) profesional\w*|falta de (?:respeto|profesionalidad)|despectiv[oa]s?|arrogantes?|"
    r"condescendiente\w*|me colg(?:o|aron)|me han colgado|me grit(?:o|aron)|gritandome|se (?:burlo|"
    r"burlaron|rieron) de mi|insult\w*|acos(?:o|a|an|aron|ado|ada|ador|adores|ando)|amenaz\w*|"
    r"intimid\w*|discrimin\w*|racist\w*|sexist\w*|me (?:mintieron|mintio|han mentido)|mal trato|"
    r"trato pesimo|mal atendid[oa]s?|embargo (?:de|del) (?:sueldo|salario)|embarg\w* (?:el|mi) (?:sueldo|salario)|llam(?:an|a) "
    r"(?:[\w']+ )?(?:constantemente|todos los dias|a cada rato|sin parar)|(?:llamando|llamaron|"
    r"contactaron) (?:[\w']+ ){0,4}(?:mi trabajo|mi familia|mis familiares|mis vecinos|mi jefe|mi "
    r"empleador))",
    r"(?:told|said|tells|says) (?:me |us )?(?:there was |there is |there'?s )?(?:nothing|noting) "
    r"(?:they|she|he|we) (?:could|can|would) do",
    r"refused to (?:help|serve|accept|listen|let)",
    # The service people gave, judged: "the most awful customer service", "support is a joke".
    r"(?:bad|awful|terrible|worst|poor|horrible|horrendous|appalling|atrocious|rubbish|crap|"
    r"crappy|useless|pathetic|lousy|shocking|shoddy|disgraceful|abysmal|non-?existent|zero|no) "
    r"customer (?:service|care|support)|customer (?:service|care|support)(?: (?:team|reps?|"
    r"agents?|staff|department|dept))?(?: (?:is|was|are|were|has been|have been))? (?:so |very |"
    r"really |absolutely |just |a )?(?:sucks?|awful|terrible|useless|pathetic|horrible|appalling|"
    r"rubbish|shocking|atrocious|abysmal|joke|non-?existent|the worst|worst)|let down (?:by|with) "
    r"(?:your |the )?customer (?:service|care|support)",
    r"(?:schlecht\w*|mies\w*|furchtbar\w*|schrecklich\w*|katastrophal\w*|unterirdisch\w*|"
    r"grottig\w*|kein\w*) (?:kundenservice|kundendienst|kundenbetreuung)|(?:kundenservice|"
    r"kundendienst|kundenbetreuung) (?:ist|war) (?:[\w']+ ){0,2}(?:schlecht|mies|furchtbar|"
    r"schrecklich|katastrophal|unterirdisch|ein witz|eine frechheit|eine katastrophe|nutzlos|scheisse|"
    r"mist|grottig|der letzte dreck)",
    r"(?:mauvais|pire|nul|lamentable|deplorable|catastrophique|execrable|inexistant|aucun) service "
    r"(?:client|apres-vente)|service (?:client|apres-vente) (?:est|etait|a ete) (?:[\w']+ ){0,2}"
    r"(?:nul|lamentable|deplorable|catastrophique|execrable|inexistant|une honte|une blague|"
    r"inutile|horrible|pourri|merdique|a chier|de la merde)",
    r"(?:(?:mal[oa]?|pesim[oa]|peor|nul[oa]|lamentable|horrible|terrible) (?:servicio|atencion) "
    r"(?:al cliente|de atencion al cliente)|(?:servicio|atencion) al cliente (?:es|fue|ha sido) "
    r"(?:[\w']+ ){0,2}(?:pesim[oa]|malisim[oa]|lamentable|horrible|terrible|una broma|un desastre|"
    r"una verguenza|inutil|nul[oa]|una mierda|una basura|penos[oa]))",
    r"(?:konne|konnten|konnen|kann|konnte) (?:[\w']+ )?nichts (?:tun|machen|unternehmen)|nichts "
    r"(?:tun|machen|unternehmen) (?:konne|konnten|konnen|kann|konnte)",
    r"(?:weigerte|weigerten|weigert|weigern) sich,? (?:[\w']+ ){0,4}(?:zu )?(?:helfen|bedienen|"
    r"anzunehmen|zuzuhoren)",
    r"(?:ne (?:pouvai\w*|peu\w*|pourrai\w*)|on ne peut) rien (?:faire|pour moi)|refus\w* de "
    r"(?:m'aider|nous aider|aider|servir|me servir|accepter|m'ecouter|ecouter)",
    r"no (?:podian|podia|pueden|puede|podiamos|podrian) hacer nada|no hay nada que (?:hacer|"
    r"podamos hacer)|se (?:nego|negaron|niega|niegan) a (?:ayudar|atender|aceptar|escuchar)\w*",
)

# The people whose conduct is complained of.
STAFF_PERSON: Final = (
    r"(?:employees?|staff|representatives?|reps?|agents?|managers?|cashiers?|(?<!wifi )(?<!wi-fi )(?<!printer )(?<!graphics )(?<!usb )(?<!device )(?<!audio )(?<!sound )drivers?(?!'?s? licen[cs]e)|associates?|"
    r"supervisors?|workers?|crew|flight attendants?|pilots?|technicians?|guards?|(?:delivery|postal|mail|repair|"
    r"cable|service) (?:man|men|guy|guys|person|people)|postman|mailman|couriers?|customer service "
    r"(?:person|agent|rep)|the (?:lady|guy|man|woman)|collectors?)",
    r"(?:mitarbeiter\w*|(?:das|vom|dem|beim|des|zum|am|im|kein|zu wenig|wenig|genug) personal|\w+-?personal|angestellte\w*|fahrer\w*|kassierer\w*|"
    r"filialleiter\w*|berater\w*|sachbearbeiter\w*|vertreter\w*|vorgesetzte\w*|zugbegleiter\w*|"
    r"flugbegleiter\w*|techniker\w*|monteur\w*|paketbote\w*|zusteller\w*|wachmann|die dame|der "
    r"herr|der typ)",
    r"(?:(?:un|une|l'|les|des|cet|cette|votre|vos|mon|ma|le|la|au|aux) (?:employee?s?|"
    r"conseill(?:er|ere)s?|personnel)|personnel (?:de|du|des|d')|(?:manque|pas assez|"
    r"peu) de personnel|employes|conseilleres?|chauffeurs?|livreurs?|caissi\w*|"
    r"agents?|(?:le|un|au) responsable|gerant\w*|superviseur\w*|hotesse\w*|steward\w*|techniciens?|"
    r"technicienne|conseillers|vigile\w*|la dame|le monsieur|le mec|interlocut\w*|teleconseill\w*|standardiste|"
    r"guichetier\w*|facteur)",
    r"(?:auxiliares? de vuelo|azafat[oa]s?|emplead[oa]s?|(?:el|del|al|su|poco|sin|falta de) personal|personal de (?:la|el|los|las|caja|tienda)|dependient[ae]s?|conductor\w*|repartidor\w*|"
    r"cajeras?|agentes?|trabajador\w*|asesor\w*|representantes?|encargad[oa]s?|gerentes?|"
    r"supervisor\w*|(?:el|la|los|un) tecnic[oa]s?|azafat[oa]s?|chofer\w*|vigilantes?|"
    r"teleoperador\w*|operari[oa]s?|la senora|el senor|la chica|el chico|cobrador\w*)",
)
