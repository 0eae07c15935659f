"""The customer's situation: danger, fragility, time lost, attempts made, threats, topics.

Same conventions as `stakes_lexicon`: regex fragments on folded text (lowercase, accents
removed), wrapped in word boundaries by `complaint_signals`, with English, German, French and
Spanish phrases side by side.
"""

from __future__ import annotations

from typing import Final

# Danger to a person: injury, fire, illness caused, violence, someone stranded.
SAFETY: Final = (
    r"(?:caught|catch(?:es|ing)?|set|sets|on) fire",
    r"(?:fire (?:hazard|risk|alarm)|burst into flames|flames|explo(?:ded|des|sion|ding)|"
    r"smoking (?:plug|device|phone|battery)|sparks?|overheat(?:ed|ing|s)|electric(?:al)? shock|"
    r"electrocut\w*|injur(?:y|ies|ed|ing)|bleeding|anaphyla\w*|allergic reaction|food poisoning|"
    r"poison(?:ed|ing)|chok(?:ed|ing)|carbon monoxide|gas leak|ambulance)",
    r"(?:was|got|been|being) (?:attacked|assaulted|beaten|threatened with)",
    r"(?:attacked me|assault(?:ed)?|stranded|unsafe|dangerous|suicid\w*|kill myself|self[- ]harm\w*)",
    r"(?:feuer gefangen|in brand|brandgefahr\w*|in flammen|flammen|explodiert\w*|funken|"
    r"uberhitz\w*|stromschlag|blutet|blutung\w*|allergische\w* (?:reaktion|schock)|"
    r"lebensmittelvergiftung|vergiftet|vergiftung|erstick\w*|kohlenmonoxid|gasleck|"
    r"krankenwagen|angegriffen|uberfallen|gefahrlich\w*|lebensgefahr\w*|"
    r"in gefahr|selbstmord\w*|suizid\w*|mich umbringen|selbstverletz\w*)",
    r"verletzungen?(?! (?:meiner|der|des|von|gegen|ihrer|seiner|unserer)(?!\w))|"
    r"(?:schwer|leicht|wurde|wurden|bin|sind|mich|sich) (?:[\w']+ ){0,2}verletzt",
    r"(?:(?:a |ont )?pris feu|en feu|incendie|flammes|explos\w*|etincelles?|surchauff\w*|"
    r"choc electrique|blessure\w*|blesse(?:e|s|es)?|saign\w*|"
    r"reaction allergique|intoxication|empoisonn\w*|etouff\w*|monoxyde de carbone|fuite de gaz|"
    r"agresse(?:e|s|es)?|agression|dangereu\w*|en danger|suicid\w*|"
    r"me tuer|automutil\w*)",
    r"(?:ete|suis|etais|sommes) (?:attaque|agresse|frappe|menace)\w*",
    r"(?:incendio|se incendio|prendio fuego|en llamas|llamas|explot\w*|chispas|"
    r"sobrecalent\w*|descarga electrica|herid[oa]s?|lesion(?:es|ad[oa]s?)?|sangr(?:ando|"
    r"e|ado)|reaccion alergica|intoxicacion|envenen\w*|asfixi\w*|atragant\w*|monoxido de carbono|"
    r"fuga de gas|ambulancia|agredid[oa]s?|atacad[oa]s?|peligros[oa]s?|en peligro|suicid\w*|"
    r"matarme|autolesion\w*)",
)

# A customer in a fragile position: age, illness, disability, service, bereavement, hardship.
VULNERABLE: Final = (
    r"(?:elderly|senior citizen|pensioner|retired|disabled|disability|handicapped|veteran|"
    r"servicemember|service member|active duty|military|deployed|widow(?:ed|er)?|bereave\w*|"
    r"passed away|terminal(?:ly)?|cancer|chemo\w*|dialysis|pregnant|homeless|unemployed|"
    r"lost my job|paycheck to paycheck|living on|single (?:mom|mother|parent)|hardship|"
    r"fixed income|low income|social security|disability benefits)",
    r"(?:my )?(?:mother|father|mom|dad|grandmother|grandfather|husband|wife) (?:died|passed)",
    r"(?:rentner\w*|senioren|seniorin\w*|behindert\w*|schwerbehindert\w*|verstorben\w*|gestorben|"
    r"arbeitslos\w*|schwanger\w*|krebs\w*|dialyse|obdachlos\w*|witwe\w*|witwer|"
    r"alleinerziehend\w*|soldat\w*|burgergeld|sozialhilfe|grundsicherung|"
    r"sozialversicherung\w*|(?:job|arbeit|arbeitsplatz) verloren|geringes einkommen)",
    r"(?:retraite\w*|handicap\w*|invalides?|invalidite|decede\w*|chomage|enceinte|veuve?|sans[- ]abri|"
    r"personnes? agees?|militaire|ancien combattant|deuil|chimio\w*|dialyse|perdu mon (?:emploi|"
    r"travail|boulot)|mere celibataire|parent isole|minima sociaux|faibles revenus|"
    r"difficultes financieres|securite sociale)",
    r"(?:jubilad[oa]s?|pensionista\w*|discapaci\w*|fallecid\w*|fallecio|murio|desemplead[oa]s?|"
    r"embarazada|viud[oa]|minusvalid\w*|tercera edad|persona mayor|ancian[oa]s?|militar|veterano|"
    r"quimio\w*|dialisis|sin hogar|en paro|perdi (?:mi|el) (?:trabajo|empleo)|madre soltera|"
    r"dificultades economicas|bajos ingresos|duelo|seguridad social|seguro social)",
)

# Health at stake now: illness, medicine, hospital.
HEALTH: Final = (
    r"(?:sick|ill|hospital\w*|medicine|medication|prescription|insulin|doctor|surgery|"
    r"emergency room|my health|diabet\w*|asthma\w*|allerg\w*|vomit\w*)",
    r"(?:krank\w*|medikament\w*|arzt\w*|notaufnahme|rezept|insulin|gesundheit|klinik\w*|"
    r"erbrech\w*|asthma|allergi\w*)",
    r"(?:malade\w*|maladie|hopital|hospitalis\w*|medicament\w*|medecin|urgences|ordonnance|"
    r"insuline|chirurgie|ma sante|clinique|vomi\w*|asthm\w*|allergi\w*)",
    r"(?:enferm[oa]s?|enfermedad|hospital|medicamentos?|medicinas?|medico|urgencias|receta|"
    r"insulina|cirugia|mi salud|clinica|vomit\w*|asma|alergi\w*)",
)

# It has to happen now: emergencies, nothing to live on, a deadline today.
IMMEDIATE_NEED: Final = (
    r"(?:emergency|urgent(?:ly)?|asap|immediately|right now|right away|as soon as possible)",
    r"(?:need|needed|needs) (?:[\w']+ ){0,3}(?:now|today|tonight|urgently|immediately|asap)",
    r"(?:ca ?n[o']?t|can not|cannot|unable to|could ?n[o']?t) (?:buy|pay for|afford|get) "
    r"(?:food|groceries|medicine|medication|rent|gas|petrol)",
    r"(?:no|without) (?:money|cash|food|way to pay)",
    r"(?:by|before|until) (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|"
    r"the end of (?:the )?day)",
    r"(?:flight|train|appointment|closing|rent|bill) (?:[\w']+ )?(?:is |leaves )?"
    r"(?:today|tomorrow|tonight|in \d+ hours?)",
    r"(?:dringend\w*|sofort\w*|notfall\w*|umgehend|unverzuglich|heute noch|so schnell wie moglich|"
    r"schnellstmoglich|jetzt gerade|kein geld|ohne geld|nichts (?:mehr )?zu essen|bis (?:morgen|"
    r"heute abend|montag|dienstag|mittwoch|donnerstag|freitag)|(?:brauche|benotige) (?:[\w']+ ){0,3}"
    r"(?:heute|jetzt|sofort|dringend))",
    r"(?:urgente?s?|urgence|immediatement|tout de suite|au plus vite|des que possible|sans delai|"
    r"dans les plus brefs delais|pas d'argent|plus d'argent|sans argent|rien a manger|(?:d'ici|"
    r"avant) (?:demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi)|besoin (?:[\w']+ ){0,3}"
    r"(?:aujourd'hui|maintenant|ce soir|d'urgence))",
    r"(?:urgente\w*|urgencia|emergencia|inmediatamente|de inmediato|cuanto antes|ya mismo|"
    r"lo (?:antes|mas pronto) posible|ahora mismo|sin dinero|no tengo dinero|sin comida|(?:para|"
    r"antes de) (?:manana|esta noche|el lunes|el martes|el miercoles|el jueves|el viernes)|"
    r"necesito (?:[\w']+ ){0,3}(?:hoy|ahora|ya|esta noche|urgente\w*))",
)

# The customer already tried: repeat contacts, unanswered letters, "third time".
REPEATED_CONTACT: Final = (
    r"(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|\d+th|\d+ ?x|umpteenth|countless) "
    r"(?:time|call|letter|email|attempt|request|dispute|complaint)s?",
    r"(?:several|multiple|numerous|many|countless|repeated|\d+|two|three|four|five|six|ten) "
    r"(?:times|calls|phone calls|letters|emails|attempts|requests|disputes|complaints|"
    r"occasions)",
    r"(?:called|contacted|emailed|written|wrote|messaged|tried|disputed|spoke|spoken|asked|"
    r"reached out|complained|tweeted|dm'?d) (?:[\w']+ ){0,3}(?:times|again|repeatedly|"
    r"several|multiple|numerous|twice|many|over and over|every day)",
    r"(?:again and again|over and over|yet again|once again|time and time again|repeatedly)",
    r"(?:waiting|waited|been waiting) (?:[\w']+ ){0,6}(?:for|since) (?:\d+ |a few |several |many )?"
    r"(?:days|weeks|months|hours|ages|forever)",
    r"(?:on hold|holding) (?:[\w']+ ){0,2}(?:for )?(?:\d+|an|over|nearly|almost) ",
    r"\d+ (?:minutes|mins|hours|hrs) (?:on hold|of my life|waiting|wasted)",
    r"(?:neither|none of them|nobody|no one) (?:[\w']+ )?(?:has |have )?(?:responded|replied|"
    r"answered|helped|called back|got back)",
    r"(?:nothing|still nothing) (?:has )?(?:changed|happened|done)",
    r"(?:not|never) (?:been )?cooperat\w*",
    r"(?:have|has) yet to (?:receive|hear|get|be)",
    r"(?:no|without any|never (?:got|received) (?:a|any)) (?:response|reply|answer|resolution|"
    r"call back|callback|follow[- ]up)",
    r"(?:never|did ?n[o']?t|did not|have ?n[o']?t|has ?n[o']?t|have not|has not|nobody|"
    r"no one|no-one|noone) (?:[\w']+ )?(?:responded|replied|answered|answers|responds|"
    r"heard back|gotten back|got back|called (?:me )?back|returned|resolved|fixed|helped)",
    r"(?:ignored|ignoring|ignores) (?:my|me|our|us)",
    r"(?:still|yet to) (?:not|no|hasn'?t|haven'?t|waiting|nothing|unresolved|not resolved)",
    r"(?:issue|problem) (?:is )?(?:still )?(?:not|un)resolved",
    # German
    r"(?:zum (?:zweiten|dritten|vierten|x-ten|\d+\.|wiederholten) mal|mehrmals|mehrfach|zigmal|"
    r"x-mal|wiederholt|immer wieder|schon wieder|(?:zwei|drei|vier|funf|zehn|\d+|mehrere|viele|"
    r"etliche|unzahlige|zig) (?:mal|male|anrufe\w*|e-?mails|mails|briefe\w*|versuche\w*|anfragen|"
    r"beschwerden)|(?:warte|warten|gewartet|wartet) (?:[\w']+ ){0,6}(?:seit|schon) (?:[\w']+ ){0,2}"
    r"(?:tagen|wochen|monaten|stunden|ewigkeiten)|warteschleife|(?:niemand|keiner) (?:[\w']+ ){0,2}"
    r"(?:antwortet|meldet sich|geantwortet|reagiert|zuruckgerufen|gemeldet|geholfen|hilft)|"
    r"nichts (?:[\w']+ )?(?:geandert|getan|passiert|unternommen)|kooperier\w* (?:[\w']+ )?nicht|"
    r"(?:keine?n?|ohne) (?:[\w']+ )?(?:antwort|ruckmeldung|reaktion|ruckruf|losung)|(?:nie|nicht|"
    r"noch nicht) (?:[\w']+ ){0,2}(?:geantwortet|reagiert|zuruckgerufen|gelost|behoben|geholfen)|"
    r"ignorier\w* (?:[\w']+ )?(?:mich|uns|meine)|(?:immer noch|noch immer|nach wie vor|bis heute|"
    r"bisher) (?:[\w']+ ){0,4}(?:nicht|kein\w*|nichts|warte\w*)|ungelost)",
    # French
    r"(?:(?:deuxieme|troisieme|quatrieme|enieme|nieme|\d+e|\d+eme) fois|(?:\d+|deux|trois|quatre|"
    r"cinq|dix|plusieurs|nombreuses|maintes|mille) (?:fois|appels|courriers|mails|lettres|relances|"
    r"reclamations|tentatives|reprises)|sans cesse|encore et encore|de nouveau|une fois de plus|"
    r"encore une fois|a nouveau|(?:ai|avons|les ai|l'ai) relance\w*|attend\w* (?:[\w']+ ){0,6}"
    r"depuis (?:[\w']+ ){0,2}(?:jours|semaines|mois|heures|une eternite)|\d+ (?:minutes|min|heures|"
    r"h) (?:d'attente|en attente|a attendre)|personne (?:ne |n')(?:[\w']+ )?(?:repond|rappel|aide|"
    r"recontact|reagi)\w*|aucun\w* (?:[\w']+ ){0,2}n'a (?:repondu|reagi)|rien n'a (?:change|bouge|"
    r"ete fait)|rien ne (?:change|bouge|se passe)|toujours rien|(?:ne )?cooper\w* (?:pas|plus)|"
    r"(?:aucune?|pas de|sans) (?:reponse|retour|rappel|solution|suivi|nouvelles)|(?:jamais|pas) "
    r"(?:[\w']+ )?(?:repondu|rappele|resolu|regle|donne suite)|m'ignore\w*|nous ignore\w*|"
    r"toujours (?:pas|aucune?|en attente|sans)|attends? (?:toujours|encore))",
    # Spanish
    r"(?:(?:segunda|tercera|cuarta|enesima|\d+a) vez|(?:\d+|dos|tres|cuatro|cinco|diez|mil|varias|"
    r"muchas|numerosas|incontables|reiteradas|tantas) (?:veces|llamadas|cartas|correos|emails|"
    r"mensajes|intentos|reclamaciones|quejas|ocasiones)|reiteradamente|repetidamente|"
    r"una y otra vez|una vez mas|otra vez|de nuevo|(?:esperando|espere) (?:[\w']+ ){0,6}(?:desde "
    r"hace|hace|durante) (?:[\w']+ )?(?:dias|semanas|meses|horas)|llevo (?:[\w']+ ){0,2}(?:dias|"
    r"semanas|meses|horas) esperando|\d+ (?:minutos|horas) (?:en espera|esperando)|nadie "
    r"(?:me |nos )?(?:ha |han )?(?:respond|contest|ayud|llam)\w*|no (?:ha |han )?(?:cambiado|"
    r"pasado|hecho) nada|nada (?:ha )?(?:cambiado|pasado)|sigue (?:todo )?igual|no (?:colaboran|"
    r"cooperan|colabora|coopera|quieren colaborar)|(?:ninguna|sin) (?:respuesta|contestacion|"
    r"solucion|llamada)|(?:nunca|no) (?:me |nos )?(?:han |ha )?(?:respondido|contestado|resuelto|"
    r"solucionado|arreglado|ayudado)|(?:me|nos) (?:ignoran|ignoraron|han ignorado)|(?:sigo|sigue|"
    r"siguen) (?:sin|esperando)|(?:todavia|aun) (?:no|sin|nada|estoy esperando|espero)|"
    r"sin (?:resolver|solucionar))",
)

# Time already lost: "since March", "for three weeks", "months ago".
LONG_WAIT: Final = (
    r"(?:for|over|nearly|almost|about|more than|past|last) (?:\d+|a few|few|two|three|four|"
    r"five|six|seven|eight|nine|ten|several|many) (?:[\w']+ )?(?:days|weeks|months|years)",
    r"(?:for|over) (?:a|one) (?:week|month|year)",
    r"(?:\d+|two|three|four|five|six|several|many) (?:days|weeks|months|years) "
    r"(?:ago|later|now|and (?:still|counting))",
    r"since (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|last (?:week|month|year)|\d{1,2}/\d{1,2}|\d{4})",
    r"(?:been )?waiting (?:for|since) (?:[\w']+ ){0,2}(?:days|weeks|months|ages|forever)",
    r"(?:seit|uber|vor|fast|mehr als|schon) (?:[\w']+ ){0,2}(?:tagen|wochen|monaten|jahren|januar|"
    r"februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)",
    r"(?:mehr als|uber|fast|schon|bereits) (?:[\w']+ ){0,2}(?:tage|wochen|monate|jahre)|"
    r"(?:seit|uber|fast|mehr als) (?:einer|einem|eine|ein) (?:woche|monat|jahr)|seit (?:letzter "
    r"woche|letztem (?:monat|jahr)|ewigkeiten|dem \d+)|(?:tage|wochen|monate|jahre)lang|"
    r"(?:tage|wochen|monate|jahre) spater",
    r"(?:depuis|pendant|plus de|il y a|ca fait|cela fait|voila) (?:[\w']+ ){0,2}(?:jours|semaines|"
    r"mois|ans|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre)",
    r"(?:depuis|pendant|plus d'|pres d'|presque) (?:une|un) (?:semaine|mois|an|annee)|depuis (?:la "
    r"semaine derniere|le mois dernier|l'an dernier|l'annee derniere|le \d+|\d{4})|"
    r"(?:jours|semaines|mois|ans) plus tard",
    r"(?:desde hace|hace|llevo|durante|mas de) (?:[\w']+ ){0,2}(?:dias|semanas|meses|anos)",
    r"(?:desde hace|hace|durante|mas de|casi) (?:una|un) (?:semana|mes|ano)|desde (?:la semana "
    r"pasada|el mes pasado|el ano pasado|el \d+|\d{4})|"
    r"(?:dias|semanas|meses|anos) (?:despues|mas tarde)",
    r"desde (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre)",
)

# The service is down for the customer.
SERVICE_DOWN: Final = (
    r"(?:is|are|was|went|been|still|goes|keeps going|it'?s|site|app|website|network|"
    r"service|internet|server|system) down",
    r"(?:outage|outages|blackout)",
    r"no (?:service|signal|internet|wifi|wi-fi|power|connection|connectivity|data|phone "
    r"service|cable|tv|reception|network|dial tone)",
    r"(?:ca ?n[o']?t|can not|cannot|unable to|could ?n[o']?t) (?:connect|get online|make calls|"
    r"stream|watch|load)",
    r"(?:won'?t|will not|doesn'?t|does not|isn'?t|is not|not) (?:load|loading|connect|"
    r"connecting|work|working|open|opening|respond|responding)",
    r"stopped working",
    r"\w*no(?:internet|service|wifi|power|signal)\w*",
    r"(?:keeps?|constantly|always) (?:[\w']+ )?(?:dropping|drops|crashing|restarting|"
    r"disconnecting|freezing|buffering)",
    r"(?:keeps )?crash(?:es|ed|ing)",
    r"(?:ausfall\w*|ausgefallen|storung\w*|funktioniert (?:[\w']+ )?nicht|geht (?:[\w']+ )?nicht|"
    r"klappt (?:[\w']+ )?nicht|ist down|abgesturzt|absturz\w*|sturzt (?:[\w']+ ){0,2}ab|"
    r"(?:ladt|laden|offnet|verbindet) (?:[\w']+ )?nicht|lasst sich nicht (?:offnen|laden)|"
    r"kein (?:internet|netz|empfang|strom|signal|wlan|wifi|dsl|tv|fernsehen)|keine "
    r"(?:verbindung|internetverbindung))",
    r"(?:panne|en panne|hors service|hors ligne|coupure\w*|plante|plant(?:e|ent|age)|"
    r"ne (?:marche|fonctionne|charge|repond|s'ouvre|se connecte) (?:[\w']+ )?(?:pas|plus)|"
    r"(?:marche|fonctionne) (?:pas|plus)|(?:pas|plus) (?:de |d')(?:reseau|connexion|internet|"
    r"service|signal|courant|electricite|wifi|tele|tv)|sans (?:internet|reseau|connexion|"
    r"electricite|courant))",
    r"(?:ne cesse|n'arrete pas) de (?:planter|couper|redemarrer|se deconnecter)",
    r"(?:no funciona|no (?:carga|conecta|abre|responde|anda|me va)|caid[oa]|fuera de servicio|"
    r"fuera de linea|apagon|corte de (?:luz|servicio|internet)|sin (?:servicio|internet|senal|"
    r"conexion|luz|red|cobertura|wifi)|no (?:hay|tengo) (?:servicio|internet|senal|conexion|luz|"
    r"red|cobertura|wifi)|se (?:cae|cuelga|bloquea|reinicia|desconecta) (?:[\w']+ )?"
    r"(?:constantemente|todo el rato|cada rato|todo el tiempo|continuamente|siempre))",
)

# Leaving: cancelling, switching, closing the account, never again.
INTENT_TO_LEAVE: Final = (
    r"(?:cancel|cancelling|canceling|close|closing|terminate|delete|end) (?:my |our |the )?"
    r"(?:account|subscription|service|contract|membership|plan|policy|card)",
    r"(?:switch|switching|move|moving|going|go|changing) (?:over )?to (?:another|a different|"
    r"a new|\w+) (?:provider|bank|carrier|company|airline|network)",
    r"(?:switching|switch) to",
    r"(?:take|taking) my (?:business|money|custom) elsewhere",
    r"(?:never|not) (?:[\w']+ )?(?:again|ever again)",
    r"(?:do ?n[o']?t|never) (?:fly|use|buy|shop|bank|order|go) (?:with|at|from)?",
    r"avoid (?:[\w']+ ){0,2}(?:at all costs|like the plague)",
    r"next time (?:i'?ll|i will|it'?s|@)",
    r"(?:forced|had|have) to (?:go|source|buy|shop|order) (?:[\w']+ )?elsewhere",
    r"(?:last time i|done with you|i'?m done|i am done|goodbye|bye bye|find another)",
    r"(?:konto|vertrag|abo|abonnement|mitgliedschaft|karte|account|tarif|versicherung)\w* "
    r"(?:[\w']+ ){0,2}(?:loschen|auflosen|schliessen|beenden|stornieren|kundigen|deaktivieren)",
    r"(?:kundig\w*|wechsle|wechseln|wechsel zu\w*|zur konkurrenz|nie wieder|nie mehr|"
    r"woanders (?:kaufen|bestellen|einkaufen|hin)|mir reicht'?s|ich bin fertig mit euch|"
    r"auf nimmerwiedersehen)",
    r"(?:supprimer|fermer|cloturer|annuler|resilier|clore|desactiver) (?:[\w']+ )?(?:mon|ma|le|la|"
    r"mes|l') ?(?:compte|abonnement|contrat|carte|forfait|adhesion|assurance|ligne)",
    r"(?:resilier\w*|resiliation|desabonn\w*|desinscri\w*|plus jamais|jamais plus|"
    r"je m'?en vais|(?:vais|aller|passer|partir|pars) (?:a|chez) la concurrence|"
    r"chang\w* (?:de|d') ?(?:operateur|banque|fournisseur|compagnie|prestataire|assureur|reseau)|"
    r"(?:voir|acheter|commander|aller) ailleurs|(?:j'en ai|c'est) fini avec vous|adieu|a fuir|"
    r"fuyez|a eviter absolument)",
    r"je ne (?:reviendrai|commanderai|prendrai|volerai|acheterai|utiliserai|recommanderai) plus",
    r"(?:eliminar|borrar|cerrar|cancel(?:ar|en|aran|e)|anular|terminar|rescindir|suprimir) (?:[\w']+ )?(?:mi|la|"
    r"el|mis|esta|esa) (?:cuenta|suscripcion|servicio|contrato|membresia|plan|poliza|tarjeta|"
    r"linea|abono)",
    r"(?:dar(?:me)? de baja|doy de baja|me di de baja|(?:solicitar|pedir|tramitar) la baja|"
    r"cancelar (?:mi|la)|cambiarme (?:a|de)|nunca mas|jamas volvere|no (?:vuelvo|volvere|"
    r"volveremos) a (?:comprar|volar|usar|pedir|contratar)|(?:me cambio|me paso|pasarme|me voy|"
    r"irme) (?:a|de|con) (?:otr[oa]|la competencia)|(?:comprar|pedir|ir|irme) (?:[\w']+ ){0,2}"
    r"(?:a|en) otr[oa] (?:parte|lado|sitio)|hasta nunca|adios|huyan)",
)

# Escalation outside the company: lawyers, courts, regulators, the press, chargebacks.
ESCALATION_THREAT: Final = (
    r"(?:legal action|lawsuit|class action|small claims|litigation|sue|suing|sued|"
    r"lawyers?|attorneys?|solicitors?|court|attorney general|ombudsman|regulators?|bbb|"
    r"better business bureau|trading standards|ftc|fcc|ofcom|ofgem|fca|consumer protection|"
    r"chargeback|charge back|press|journalists?|the media|news channel)",
    r"(?:report|reporting) (?:you|this|them) to",
    r"(?:anwalt\w*|anwaltin|rechtsanwalt\w*|klage\w*|verklag\w*|vor gericht|gerichtlich\w*|"
    r"gerichtsverfahren|rechtliche\w* schritte\w*|rechtsstreit\w*|juristisch\w*|"
    r"verbraucherzentrale|verbraucherschutz\w*|bafin|schlichtungsstelle|ombudsmann|"
    r"bundesnetzagentur|aufsichtsbehorde|presse|medien|zeitung|ruckbuchung|strafanzeige|"
    r"anzeige gegen|zeige (?:sie|euch) an)",
    r"(?:avocat\w*|porter plainte|deposer plainte|plainte contre (?:vous|votre)|tribunal|"
    r"en justice|action en justice|poursuites? judiciaires?|vous poursuivre|contentieux|"
    r"mediateur|ufc|que choisir|dgccrf|cnil|arcep|acpr|presse|journalistes?|medias|"
    r"association de consommateurs|(?:eviter|evitons) (?:[\w']+ ){0,2}(?:litige|procedure)s?)",
    r"(?:abogad[oa]s?|acciones legales|accion legal|medidas legales|via judicial|demanda|demandar\w*|"
    r"denunciar\w*|denunciare\w*|poner una denuncia|tribunal\w*|(?:a|un|en|el) juicio|juzgado|litigios?|ocu|"
    r"profeco|condusef|sernac|indecopi|defensa del consumidor|oficina del consumidor|"
    r"defensor del cliente|banco de espana|hoja de reclamaciones|contracargo|prensa|periodistas?|"
    r"medios de comunicacion)",
)

# Citing statutes: formal, often form-letter disputes, not in themselves anger.
LEGAL_CITATION: Final = (
    r"(?:fcra|fdcpa|fcba|tila|respa|ecoa|ucc|u\.?s\.?c\.?|usc|cfr|section \d+\w*|"
    r"\d+ u\.s\.c|1681\w*|metro ?2|fair credit reporting act|fair debt collection|"
    r"consumer financial protection|cfpb|violat\w+|statute|federal law|by law)",
    r"(?:verstoss\w*|verletzung (?:meiner|der|des|von)|gesetzlich\w*|dsgvo|bgb|rechtswidrig\w*|"
    r"violacion\w*|vulnera\w* (?:mis|los) derechos|por ley|rgpd|lopd|la loi|par la loi|"
    r"code de la consommation|code civil)",
)

# Credit reports and collections: the topics of the consumer bureau's letters.
CREDIT_REPORT: Final = (
    r"(?:credit (?:report|reports|file|bureau|bureaus|score|history)|equifax|experian|"
    r"transunion|trans union|inquir(?:y|ies)|tradelines?|reporting agenc\w+|derogatory|"
    r"schufa\w*|buro de credito|asnef|fichier banque de france)",
    r"(?:kreditauskunft\w*|auskunftei\w*|kreditakte|bonitat\w*|kreditwurdigkeit|kredit-?score|"
    r"kreditbericht\w*|negativeintrag\w*|negativmerkmal\w*|creditreform|boniversum)",
    r"(?:(?:rapport|dossier|historique|score|cote|bureau|antecedents)s? de credit|agences? "
    r"(?:d'evaluation du credit|de credit|de notation)|ficp|fiche\w* (?:a la )?banque de france)",
    r"(?:informes? (?:de credito|crediticios?)|historial (?:de )?credit\w*|puntaje de credito|"
    r"puntuacion crediticia|expedientes? de credito|score crediticio|agencias? de (?:informes )?credit\w*|buros? de credito|"
    r"ficheros? de morosos|registro de morosos|cirbe|datacredito|veraz)",
)

DEBT_COLLECTION: Final = (
    r"(?:debt collect\w+|collection agenc\w+|collections?|collectors?|debt|inkasso\w*|"
    r"schulden|schuldeneintreiber\w*|recouvrement|huissiers?|dettes?|creances?|cobro de deudas?|cobranzas?|"
    r"recobro|deudas?|cobrador(?:es)?|agencia de cobros?)",
)

# Something went wrong, said plainly: what separates a complaint from a question.
PROBLEM: Final = (
    r"(?:problems?|issues?|errors?|wrong|broken|broke|damaged|faulty|defective|missing|late|"
    r"delayed|delay|cancel+ed|failed|fails|declined|rejected|overcharged|charged twice|stuck|"
    r"bug|buggy|glitch\w*|not (?:received|arrived|working|showing|there)|never (?:arrived|"
    r"received|came|got)|has ?n'?t (?:arrived|come|shown)|no longer|inaccurate|incorrect|"
    r"mistake|dispute[ds]?|disputing|complain\w*|lost|poor|bad|slow|never turned up|"
    r"turned up (?:late|damaged|broken)|not fit for purpose|unusable|useless|not acceptable|"
    r"not okay|not ok|drops|restarting|freez(?:es|ing)|overdr(?:ew|awn)|overbooked|"
    r"what'?s going on|what is going on|(?:charged|billed|debited|taken) (?:[\w']+ )?(?:twice|"
    r"double|two times|2x)|double (?:charge|charged|billing|payment))",
    r"(?:problem\w*|fehler\w*|falsch\w*|kaputt\w*|beschadigt\w*|defekt\w*|fehlt|fehlen|fehlend\w*|"
    r"verspat\w*|verzogert\w*|storniert|abgesagt|abgelehnt|fehlgeschlagen|verloren|verschwunden|"
    r"gestrandet|feststeck\w*|(?:sitze|stecke|sitzen|stecken) (?:[\w']+ )?fest|ungenau\w*|"
    r"unrichtig\w*|irrtum|versehentlich|mangel\w*|schlecht\w*|langsam|unbrauchbar|nutzlos|"
    r"nicht in ordnung|stimmt (?:[\w']+ )?nicht|was ist (?:[\w']+ ){0,2}los|uberbucht|uberzogen|"
    r"reklamation|beschwerde|beanstand\w*|widerspruch\w*|bugs|(?:nicht|nie) (?:[\w']+ )?"
    r"(?:angekommen|erhalten|bekommen|geliefert|zugestellt|funktioniert)|(?:funktioniert|geht|"
    r"klappt) (?:[\w']+ )?nicht|(?:ist|sind|war|waren) (?:(?:sie|er|es|alles|einfach|plotzlich|"
    r"jetzt|spurlos) )?weg|(?:doppelt|zweimal) (?:[\w']+ )?(?:berechnet|abgebucht|belastet|"
    r"bezahlt))",
    r"(?:probleme?s?|erreurs?|faux|fausse|casse(?:e|s|es)?|endommage\w*|defectueu\w*|manquant\w*|"
    r"en retard|retard\w*|annule\w*|refuse\w*|echou\w*|echec|perdu\w*|disparu\w*|coince\w*|"
    r"inexacte?s?|inexactitudes?|incorrecte?s?|errone(?:e|s|es)?|mauvais\w*|lenteur\w*|"
    r"(?:trop|tres|si) lent\w*|inutilisable|inutile|pas normal|pas acceptable|pas ok|surbook\w*|"
    r"decouvert|reclamation|plainte|litige|contestation\w*|contester|contestee?s?|plaindre|bugs|"
    r"bugu?e[es]?|bugge[es]?|qu'est-ce qui se passe|que se passe-t-il|(?:pas|jamais) (?:[\w']+ )?"
    r"(?:recu|arrive|livre)e?s?|ne (?:marche|fonctionne) (?:[\w']+ )?(?:pas|plus)|(?:facture|"
    r"preleve|debite|paye)e?s? (?:[\w']+ )?(?:deux fois|en double|2 fois))",
    r"(?:problemas?|errores?|error|equivocad[oa]s?|rot[oa]s?|danad[oa]s?|defectuos[oa]s?|falta\w*|"
    r"retras\w*|demora\w*|cancelad[oa]s?|rechazad[oa]s?|fall(?:o|a|ida|ido|aron|ando)|perdid[oa]s?|"
    r"desaparecid[oa]s?|desaparecio|atascad[oa]s?|atrapad[oa]s?|incorrect[oa]s?|inexact[oa]s?|"
    r"inexactitud\w*|errone[oa]s?|malos?|malas?|lent[oa]s?|inservible|inutil\w*|sobregir\w*|"
    r"descubierto|reclamacion\w*|reclamo|queja\w*|disputa\w*|que (?:esta|estan) pasando|"
    r"no (?:me )?(?:ha llegado|llego|han llegado|llegaron|recibi|he recibido|han entregado|"
    r"entregaron|funciona|sirve|anda)|nunca (?:me )?(?:llego|recibi|ha llegado|vino)|"
    r"(?:cobrad|cargad|facturad)[oa]s? (?:[\w']+ )?(?:dos veces|doble|por duplicado|de mas)|"
    r"cobros? indebidos?|(?:me |nos )?(?:cobraron|cargaron|facturaron|cobran) (?:[\w']+ )?"
    r"(?:dos veces|doble|por duplicado|de mas))",
)

# The customer already raised it and got nowhere: disputes re-sent, verified, refused.
PRIOR_ATTEMPTS: Final = (
    r"(?:previously|already|again|before|prior) (?:[\w']+ )?(?:disputed|contacted|sent|"
    r"submitted|filed|requested|reported|notified|called|complained|asked|explained)",
    r"(?:disputed|contacted|requested|reported|sent|called|asked) (?:[\w']+ ){0,4}(?:before|"
    r"previously|already|again|multiple|several|numerous|twice|many)",
    r"(?:came back |was |were |been )?verified",
    r"(?:still|continues? to|continuing to|keeps?) (?:[\w']+ )?(?:report|reporting|show|showing|"
    r"appear|appearing|list|listing)",
    r"(?:remains?|still) on my",
    r"despite (?:my|the|multiple|several|numerous|repeated)",
    r"(?:failed|refused|refuses|refusing|neglected) to (?:respond|remove|investigate|correct|"
    r"provide|validate|fix|delete|update|reply|answer|help|refund|honou?r)",
    r"(?:denied|rejected|refused|closed) (?:my|the) (?:dispute|claim|request|complaint|"
    r"appeal)",
    r"(?:(?:schon|bereits|zuvor|erneut) (?:[\w']+ )?(?:reklamiert|angerufen|geschrieben|gemeldet|"
    r"beschwert|kontaktiert|widersprochen|eingereicht|mitgeteilt|geschickt)|trotz (?:meiner|"
    r"meines|mehrerer|wiederholter|zahlreicher)|(?:weigern|weigert|weigerten) sich,? (?:[\w']+ ){0,3}"
    r"(?:zu )?(?:antworten|entfernen|loschen|korrigieren|beheben)|(?:widerspruch|reklamation|"
    r"beschwerde|antrag) (?:[\w']+ ){0,2}(?:abgelehnt|zuruckgewiesen)|verifiziert)",
    r"(?:(?:deja|auparavant|de nouveau) (?:[\w']+ )?(?:conteste|appele|ecrit|signale|reclame|"
    r"envoye|contacte|explique|relance)|malgre (?:mes|ma|mon|plusieurs|de nombreuses)|(?:refuse\w*|"
    r"omis|neglige) de (?:repondre|supprimer|enqueter|corriger|regler)|(?:rejete|refuse|cloture|"
    r"classe)e?s? (?:[\w']+ )?(?:ma|mon) (?:contestation|reclamation|demande|dossier|plainte)|"
    r"(?:figure|apparait|reste) toujours (?:sur|dans) (?:mon|ma)|(?:ont ete|a ete) verifie\w*)",
    r"(?:(?:ya|anteriormente|previamente) (?:[\w']+ ){0,2}(?:reclame|llame|escribi|envie|denuncie|"
    r"dispute|contacte|solicite|presente|explique|(?:reclam|llam|envi|contact|solicit|present|"
    r"explic)ado|escrito)|a pesar de (?:mis|mi|varias|multiples|reiteradas|numerosas)|se (?:niegan|"
    r"nego|negaron|niega) a (?:responder|eliminar|investigar|corregir|solucionar|contestar)|"
    r"(?:rechazaron|denegaron|cerraron) (?:[\w']+ )?(?:mi|la) (?:disputa|reclamacion|solicitud|"
    r"queja)|(?:sigue|siguen) (?:[\w']+ )?(?:reportando|apareciendo|figurando)|verificad[oa]s?)",
)

# Asking for help.
HELP_REQUEST: Final = (
    r"(?:please help|help me|help us|can you help|could you help|need help|need your help|"
    r"assist me|any help)",
    r"(?:hilfe bitte|bitte hilfe|(?:brauche|benotige|bitte um|jede|dringend) (?:[\w']+ )?hilfe|"
    r"helfen sie|bitte helfen|helft mir|hilf mir|(?:mir|uns) (?:[\w']+ ){0,4}(?:zu )?helfen)",
    r"(?:aidez-moi|aidez moi|aide-moi|aide moi|aidez-nous|besoin d'?aide|besoin de (?:votre|ton|"
    r"vos) aide|toute aide|m'aider|nous aider|au secours|a l'aide)",
    r"(?:(?:necesito|necesitamos|pido|solicito|cualquier|requiero) (?:[\w']+ )?"
    r"ayuda|ayudenme|ayudame|ayudadme|ayudarme|ayudarnos|me ayuden|me ayude|nos ayuden|"
    r"me (?:pueden|puede|podrian|podria|puedes|podeis) ayudar|socorro|auxilio)",
)
