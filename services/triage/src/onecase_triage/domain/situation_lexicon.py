"""The customer's situation: danger, fragility, time lost, attempts made, threats, topics.

Same conventions as `stakes_lexicon`: regex fragments on folded text (lowercase, accents
removed), wrapped in word boundaries by `complaint_signals`, with English, German, French and
Spanish phrases side by side.
"""

from __future__ import annotations

from typing import Final

# Danger to a person: injury, fire, illness caused, violence, someone stranded.
SAFETY: Final = (
    r"(?:(?:caught|catch(?:es|ing)?|set|sets|on) fire|(?:fire (?:hazard|risk)|burst into "
    r"flames|flames|explo(?:ded|des|sion|ding)|smoking (?:plug|device|phone|battery)|sparks?|"
    r"overheat(?:ed|ing|s)|electric(?:al)? shock|electrocut\w*|injur(?:y|ies|ed|ing)|bleeding|"
    r"anaphyla\w*|allergic reaction|food poisoning|poison(?:ed|ing)|chok(?:ed|ing)|carbon monoxide|"
    r"gas leak|ambulance)|(?:was|got|been|being) (?:attacked|assaulted|beaten|threatened with)|"
    r"(?:attacked me|assault(?:ed)?|stranded|unsafe|dangerous|suicid\w*|kill myself|"
    r"self[- ]harm\w*|(?:smell|smells|smelling) (?:of )?gas|gas (?:[\w',]+ ){0,5}leak(?:s|ing|ed)?|"
    r"leak(?:s|ing)? gas|dizzy|fainted|passed out|unconscious|(?:ca ?n[o']?t|cannot|could ?n[o']?t) "
    r"breathe|nowhere to (?:sleep|stay)|stuck at the (?:airport|station|border)|(?:almost|nearly) "
    r"(?:killed|died|crashed|ran me over|run me over|hit me)|raw chicken|undercooked (?:chicken|meat|"
    r"pork)))",
    r"(?:feuer gefangen|in brand|flammen|explodiert\w*|funken|uberhitz\w*|stromschlag|blut(?:et|"
    r"ung\w*)|allergische\w* (?:reaktion|schock)|vergift\w*|lebensmittelvergiftung|erstick\w*|"
    r"kohlenmonoxid|gasleck|krankenwagen|angegriffen|uberfallen|gefahrlich\w*|lebensgefahr\w*|in "
    r"gefahr|selbstmord\w*|suizid\w*|verletzungen?(?! (?:meiner|der|des|von|gegen)(?!\w))|"
    r"(?:schwer|leicht|bin|mich|sich) (?:[\w']+ ){0,2}verletzt|(?:ich|er|wir|kind|sohn|tochter|mann|frau|fahrer|"
    r"passagier\w*|jemand) (?:[\w']+ ){0,3}(?:wurden?|ist|sind) (?:[\w']+ ){0,2}verletzt|"
    r"gas\w* (?:[\w',]+ ){0,6}(?:undicht|leck\w*)|riecht nach gas|gasgeruch|schwindel\w*|"
    r"ohnmacht\w*|bewusstlos|bekomme keine luft|gestrandet|keinen schlafplatz|nirgendwo (?:zu )?"
    r"schlafen|(?:sitze|sitzen|sitzt|stecke|stecken|steckt) (?:am|im|in) (?:[\w']+ ){0,2}"
    r"(?:flughafen|bahnhof)\w* fest|(?:fast|beinahe) (?:[\w']+ ){0,2}(?:getotet|umgebracht|uberfahren|"
    r"gestorben)|rohe\w* (?:hahnchen|huhn|fleisch)|nicht durchgegart\w*)",
    r"(?:pris feu|en feu|incendie|flammes|explos\w*|etincelles?|surchauff\w*|choc electrique|"
    r"bless(?:ure\w*|e|ee|es|ees)|saign\w*|reaction allergique|intoxication|empoisonn\w*|etouff\w*|"
    r"monoxyde de carbone|fuite de gaz|agress(?:e|ee|es|ees|ion)|dangereu\w*|en danger|suicid\w*|"
    r"(?:ete|suis) (?:attaque|agresse|frappe|menace)\w*|odeur de gaz|sent le gaz|gaz (?:[\w',]+ )"
    r"{0,6}fuit|vertiges?|etourdi\w*|evanoui\w*|inconscient\w*|(?:ne (?:peux|peut|peuvent) plus|"
    r"n'arrive plus a) respirer|(?:bloque|coince)(?:e|es|s)? (?:a l'aeroport|a la gare|a la "
    r"frontiere)|nulle part ou dormir|(?:a|ai|avons|ont) failli (?:me |nous )?(?:tuer|mourir|ecraser|"
    r"renverser)|poulet cru|pas assez cuit)",
    r"(?:incendio|prendio fuego|llamas|explot\w*|chispas|sobrecalent\w*|descarga electrica|"
    r"herid[oa]s?|lesion(?:es|ad[oa]s?)?|sangr(?:ando|e|ado)|reaccion alergica|intoxicacion|"
    r"envenen\w*|asfixi\w*|monoxido de carbono|fuga de gas|ambulancia|agredid[oa]s?|atacad[oa]s?|"
    r"peligros[oa]s?|en peligro|suicid\w*|olor a gas|gas (?:[\w',]+ ){0,5}(?:fuga|pierde)|"
    r"maread[oa]s?|mareos?|desmay\w*|inconsciente|no (?:puedo|puede|pueden) respirar|"
    r"(?:atrapad|varad|tirad)[oa]s? en (?:el aeropuerto|la estacion|la frontera)|(?:no tengo|no "
    r"tenemos|sin) (?:donde|lugar para) dormir|casi (?:me |nos )?(?:mata|matan|mato|muero|morimos|"
    r"atropella|atropello)|pollo crudo|poco cocinad[oa])",
)

# A customer in a fragile position: age, illness, disability, service, bereavement, hardship.
VULNERABLE: Final = (
    r"(?:(?:(?:i am|i'm|im) (?:[6-9]\d|1[01]\d) (?:years?|yrs?)(?: old)?|elderly|senior citizen|pensioner|retired|disabled|disability|handicapped|veteran|"
    r"servicemember|service member|active duty|military|deployed|widow(?:ed|er)?|bereave\w*|(?:wife|husband|"
    r"mother|father|mom|dad|son|daughter|spouse|partner|child),? (?:[\w']+,? ){0,2}died|passed "
    r"away|terminal(?:ly)?|cancer|chemo\w*|dialysis|pregnant|homeless|unemployed|lost my job|"
    r"paycheck to paycheck|living on|hand to mouth|single (?:mom|mother|parent)|hardship|fixed income|low income|"
    r"social security(?! (?:number|no|#))|disability benefits)|(?:my )?(?:mother|father|mom|dad|grandmother|"
    r"grandfather|husband|wife) (?:died|passed)|(?:father|mother|mom|dad|grandmother|grandfather|"
    r"grandma|grandpa|husband|wife|parents?|he|she|who) (?:is|are) (?:[6-9]\d|1[01]\d)"
    r"(?! ?(?:\d|%|percent|per cent|dollars?|euros?|pounds?|cents?|usd|minutes?|hours?|days?))|"
    r"(?:[6-9]\d|1[01]\d)[- ]years?[- ]old)",
    r"(?:ich bin (?:[6-9]\d|1[01]\d) jahre alt|rentner\w*|von der hand in den mund|(?:schwer)?behindert\w*|verstorben\w*|arbeitslos\w*|schwanger\w*|krebs\w*|"
    r"obdachlos\w*|witwer?|alleinerziehend\w*|burgergeld|sozialhilfe|sozialversicherung(?!snummer)\w*|(?:job|"
    r"arbeit) verloren|(?:vater|mutter|oma|opa|mann|frau|eltern|er|sie) (?:ist|sind) "
    r"(?:[6-9]\d|1[01]\d)(?! ?(?:\d|%|prozent|euro|minuten|stunden|tage))|(?:[6-9]\d|1[01]\d) "
    r"jahre alt|(?:[6-9]\d|1[01]\d)-jahrig\w*)",
    r"(?:j'ai (?:[6-9]\d|1[01]\d) ans|retraite\w*|handicap\w*|(?:suis|etant|personne|(?:il|elle|qui) est) invalide|invalidite|decede\w*|chomage|enceinte|veuve?|sans[- ]abri|"
    r"personnes? agees?|(?:vit|vivons|vivent|vis) au jour le jour|militaire|perdu mon (?:emploi|travail)|mere celibataire|faibles revenus|"
    r"(?<!numero de )(?<!numero de la )securite sociale|(?:pere|mere|grand-mere|grand-pere|mari|"
    r"femme|parents|il|elle) (?:a|ont) (?:[6-9]\d|1[01]\d) ans|agee?s? de (?:[6-9]\d|1[01]\d) ans)",
    r"(?:tengo (?:[6-9]\d|1[01]\d) anos|jubilad[oa]s?|(?:vive|vivimos|viven|vivo) al dia|pensionista\w*|discapaci\w*|fallecid\w*|fallecio|desemplead[oa]s?|"
    r"embarazada|viud[oa]|tercera edad|persona mayor|militar|sin hogar|en paro|perdi (?:mi|el) "
    r"(?:trabajo|empleo)|madre soltera|bajos ingresos|(?<!numero de la )(?<!numero de )seguridad social|"
    r"(?:padre|madre|abuela|abuelo|esposo|esposa|marido|mujer|padres|el|ella) (?:tiene|tienen) "
    r"(?:[6-9]\d|1[01]\d) anos|(?:[6-9]\d|1[01]\d) anos de edad)",
)

# Health at stake now: illness, medicine, hospital.
HEALTH: Final = (
    r"(?:sick(?! (?:of|and tired)\b)|ill(?! (?:be|have|never|just|go|take|call|do|get|make|let|see|try|"
    r"send|pay|wait|keep|stop|switch|use|buy)\b)|hospital\w*|medicine|medication|prescription|insulin|doctor|surgery|emergency "
    r"room|my health|diabet\w*|asthma\w*|allerg\w*|vomit\w*)",
    r"(?:krank\w*|medikament\w*|arzt\w*|notaufnahme|rezept|insulin|gesundheit|erbrech\w*|malade\w*|"
    r"maladie|hopital|hospitalis\w*|medicament\w*|medecin|urgences|ordonnance|insuline|ma sante|"
    r"vomi\w*|enferm[oa]s?|enfermedad|medicamentos?|medicinas?|medico|urgencias|receta|insulina|mi "
    r"salud|alergi\w*|asma)",
)

# Harm to a person now: food or medicine out of reach (the definitions' example of a vulnerable
# customer's critical case). Read before `IMMEDIATE_NEED`, which claims the words otherwise.
NO_FOOD_OR_MEDICINE: Final = (
    r"(?:(?:ca ?n[o']?t|can not|cannot|unable to|could ?n[o']?t|not able to) (?:buy|pay for|afford|get) "
    r"(?:[\w']+ ){0,2}(?:food|groceries|medicine|medicines|medication|medications|insulin|"
    r"prescriptions?|formula|diapers|nappies)|(?:no|without) (?:food|medicine|medication)|nothing to eat)",
    r"(?:(?:kann|konnen) (?:[\w']+ ){0,3}(?:essen|lebensmittel|medikamente|insulin)\w* (?:[\w']+ )?"
    r"nicht (?:mehr )?(?:kaufen|bezahlen|besorgen)|"
    r"(?:kann|konnen) (?:[\w']+ ){0,4}(?:kein(?:e|en)?|nicht) (?:[\w']+ ){0,2}(?:essen|lebensmittel|"
    r"medikamente|insulin)\w* (?:[\w']+ )?(?:kaufen|bezahlen|besorgen)|nichts (?:mehr )?zu essen|keine "
    r"medikamente)",
    r"(?:(?:ne (?:peux|peut|pouvons) (?:pas|plus)|impossible d') (?:[\w']+ )?(?:acheter|payer) "
    r"(?:[\w']+ ){0,3}(?:a manger|nourriture|courses|medicaments?|insuline)|rien a manger)",
    r"(?:no (?:puedo|podemos|puede) (?:comprar|pagar) (?:[\w']+ ){0,3}(?:comida|alimentos|medicinas?|"
    r"medicamentos?|insulina)|sin comida|nada (?:que|para) comer)",
)

# It has to happen now: emergencies, nothing to live on, a deadline today.
IMMEDIATE_NEED: Final = (
    r"(?:(?:emergency|urgent(?:ly)?|asap|immediately|right now|right away|as soon as possible)|"
    r"(?:need|needed|needs) (?:[\w']+ ){0,3}(?:now|today|tonight|urgently|immediately|asap)|"
    r"(?:ca ?n[o']?t|can not|cannot|unable to|could ?n[o']?t) (?:buy|pay for|afford|get) (?:[\w']+ ){0,2}"
    r"(?:rent|gas|petrol)|(?:no|without) (?:other )?(?:money|cash|way to pay)|"
    r"(?:by|before|until) (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|the end of "
    r"(?:the )?day)|(?:flight|train|appointment|closing|rent|bill) (?:[\w']+ )?(?:is |"
    r"leaves )?(?:today|tomorrow|tonight|in \d+ hours?))",
    r"(?:dringend\w*|sofort\w*|notfall\w*|umgehend|unverzuglich|heute noch|so schnell wie moglich|"
    r"schnellstmoglich|jetzt gerade|(?:kann|konnen) (?:[\w']+ ){0,4}(?:keine|nicht) (?:[\w']+ "
    r"){0,2}miete\w* (?:[\w']+ )?bezahlen|kein (?:anderes )?geld|ohne (?:anderes )?geld|bis (?:morgen|"
    r"heute abend)|(?:brauche|benotige) (?:[\w']+ ){0,3}(?:heute|jetzt|sofort))",
    r"(?:urgente?s?|urgence|immediatement|tout de suite|en ce moment|au plus vite|des que possible|"
    r"sans delai|(?:ne (?:peux|peut|pouvons) (?:pas|plus)|impossible d') (?:[\w']+ )?payer "
    r"(?:[\w']+ ){0,3}loyer|dans les plus brefs delais|(?:pas|plus|sans) d'argent|sans (?:autre |aucun )?argent|d'ici "
    r"(?:demain|ce soir)|besoin (?:[\w']+ ){0,3}(?:aujourd'hui|maintenant|ce soir|d'urgence))",
    r"(?:no (?:puedo|podemos|puede) pagar (?:[\w']+ ){0,3}(?:alquiler|renta)|urgente\w*|urgencia|emergencia|inmediatamente|de inmediato|cuanto antes|ya mismo|lo "
    r"(?:antes|mas pronto) posible|ahora mismo|sin (?:otro )?dinero|no tengo dinero|para "
    r"(?:manana|esta noche)|necesito (?:[\w']+ ){0,3}(?:hoy|ahora|ya|esta noche|urgente\w*))",
)

# The customer already tried: repeat contacts, unanswered letters, "third time".
REPEATED_CONTACT: Final = (
    r"(?:still (?:has|have) ?n[o']?t|(?:have ?n'?t|has ?n'?t|have not|has not|not|never) (?:yet )?(?:[\w']+ ){0,2}(?:received|gotten|got|"
    r"had) (?:a |any )?(?:[\w']+ )?(?:responses?|reply|replies|answers?|call ?backs?)|"
    r"(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|\d+th|\d+ ?x|umpteenth|countless) "
    r"(?:time|call|letter|email|attempt|request|dispute|complaint)s?|(?:several|multiple|numerous|"
    r"many|countless|repeated|\d+|two|three|four|five|six|ten) (?:times|calls|phone calls|letters|"
    r"emails|attempts|requests|disputes|complaints|occasions)|(?:called|contacted|emailed|written|"
    r"wrote|messaged|tried|disputed|spoke|spoken|asked|reached out|complained|tweeted|dm'?d) "
    r"(?:[\w']+ ){0,3}(?:times|again|repeatedly|several|multiple|numerous|twice|many|over and over|"
    r"every day)|(?:yet again|once again|"
    r"repeatedly)|(?:waiting|waited|been waiting) (?:[\w']+ ){0,6}(?:for|since) (?:\d+ |a few |"
    r"several |many )?(?:days|weeks|months|hours|ages|forever)|(?:on hold|holding) "
    r"(?:[\w']+ ){0,2}(?:for )?(?:\d+|an|over|nearly|almost|two|three|four|five|several) (?:[\w']+ )?"
    r"(?:minutes|mins|hours?|hrs)|\d+ (?:minutes|mins|hours|hrs) (?:on "
    r"hold|of my life|waiting|wasted)|(?:neither|none of them|nobody|no one) (?:[\w']+ )?(?:has |"
    r"have )?(?:responded|replied|answered|helped|called back|got back)|(?:nothing|still nothing) "
    r"(?:has )?(?:changed|happened|done)|(?:not|never) (?:been )?cooperat\w*|(?:have|has) yet to "
    r"(?:receive|hear|get|be)|(?:no|without any|never (?:got|received) (?:a|any)) (?:response|"
    r"reply|answer|resolution|call back|callback|follow[- ]up)|(?:never|did ?n[o']?t|did not|"
    r"have ?n[o']?t|has ?n[o']?t|have not|has not|nobody|no one|no-one|noone) "
    r"(?:[\w']+ )?(?:responded|replied|answered|answers|responds|heard back|gotten back|got back|"
    r"called (?:me )?back|returned|resolved|fixed|helped)|(?:ignored|ignoring|ignores) (?:my|me|"
    r"our|us)|(?:still|yet to) (?:not|no|hasn'?t|haven'?t|waiting|nothing|unresolved|not resolved)|"
    r"(?:issue|problem) (?:is )?(?:still )?(?:not|un)resolved)",
    r"(?:zum (?:zweiten|dritten|vierten|x-ten|\d+\.|wiederholten) mal|zigmal|(?:schon|bereits) "
    r"(?:so )?oft|(?:(?:schon|bereits) )?(?:(?:drei|vier|funf|zehn|zig|x)-?mal|mehrmals|mehrfach)|"
    r"wiederholt|schon wieder|(?:drei|vier|funf|zehn|\d+|mehrere|viele|etliche|"
    r"unzahlige|zig) (?:mal|male|anrufe\w*|e-?mails|mails|briefe\w*|versuche\w*|beschwerden)|"
    r"(?:warte|warten) (?:[\w']+ )?immer noch|(?:warte|warten|gewartet) (?:[\w']+ ){0,6}(?:seit|schon) (?:\d+ |ein paar |einigen |"
    r"mehreren |vielen )?(?:tagen|wochen|monaten|stunden)|warteschleife|(?:niemand|keiner) "
    r"(?:[\w']+ ){0,2}(?:antwortet|meldet sich|geantwortet|reagiert|zuruckgerufen|geholfen|hilft)|"
    r"(?:niemand|keiner) (?:geht|nimmt) (?:[\w']+ ){0,2}(?:ans telefon|ab)|"
    r"nichts (?:[\w']+ )?(?:geandert|getan|passiert|unternommen)|kooperier\w* (?:[\w']+ )?nicht|"
    r"(?:keine?n?|ohne|weder) (?:[\w']+ )?(?:antwort|ruckmeldung|reaktion|ruckruf|losung)|(?:nie|nicht|"
    r"noch nicht) (?:[\w']+ ){0,2}(?:geantwortet|reagiert|zuruckgerufen|gelost|behoben)|"
    r"ignorier\w* (?:[\w']+ )?(?:mich|uns|meine)|(?:immer noch|noch immer|nach wie vor|bis heute|"
    r"bisher) (?:[\w']+ ){0,4}(?:nicht|kein\w*|nichts|warte\w*)|ungelost)",
    r"(?:(?:deuxieme|troisieme|quatrieme|enieme|\d+e|\d+eme) fois|(?:\d+|trois|quatre|cinq|dix|"
    r"plusieurs|nombreuses|maintes) (?:fois|appels|courriers|mails|lettres|relances|reclamations|"
    r"reprises)|une fois de plus|encore une fois|"
    r"(?:ai|avons|les ai|l'ai) relance\w*|attend\w* (?:[\w']+ ){0,6}depuis (?:\d+ |quelques |"
    r"plusieurs |des )?(?:jours|semaines|mois|heures)|personne (?:ne |n')(?:[\w']+ )?(?:repond|"
    r"rappel|aide|recontact|reagi)\w*|aucun\w* (?:[\w']+ ){0,2}n'a (?:repondu|reagi)|rien n'a "
    r"(?:change|bouge|ete fait)|rien ne (?:change|bouge)|toujours rien|(?:ne )?cooper\w* (?:pas|"
    r"plus)|(?:aucune?|pas de|sans) (?:reponse|retour|rappel|solution|suivi)|(?:jamais|pas) "
    r"(?:[\w']+ )?(?:repondu|rappele|resolu|regle)|m'ignore\w*|nous ignore\w*|toujours (?:pas|"
    r"aucune?|sans)|attends? (?:toujours|encore)|attendu (?:[\w']+ )?(?:\d+|deux|trois|quatre|"
    r"plusieurs) heures|en attente (?:pendant |depuis )?(?:\d+|deux|trois|quatre|plusieurs) heures)",
    r"(?:(?:segunda|tercera|cuarta|enesima) vez|(?:\d+|tres|cuatro|cinco|diez|mil|cien|varias|"
    r"muchas|numerosas|reiteradas) (?:veces|llamadas|cartas|correos|emails|mensajes|reclamaciones|"
    r"quejas|ocasiones)|reiteradamente|repetidamente|una vez mas|"
    r"(?:esperando|espere) (?:[\w']+ ){0,6}(?:desde hace|hace|durante) (?:\d+ |unos |unas |varios |"
    r"varias |muchos |muchas )?(?:dias|semanas|meses|horas)|llevo (?:\d+ |varios |varias |muchos |"
    r"muchas )?(?:dias|semanas|meses|horas) esperando|nadie (?:me |nos )?(?:ha |han )?(?:respond|"
    r"contest|ayud|llam)\w*|no (?:ha |han )?(?:cambiado|pasado|hecho) nada|nada (?:ha )?cambiado|"
    r"sigue (?:todo )?igual|no (?:colaboran|cooperan|quieren colaborar)|(?:ninguna|sin) "
    r"(?:respuesta|contestacion|solucion)|(?:nunca|no) (?:me |nos )?(?:han |ha )?(?:respondido|"
    r"contestado|resuelto|solucionado|ayudado)|(?:me|nos) (?:ignoran|ignoraron|han ignorado)|"
    r"(?:sigo|sigue|siguen) (?:sin|esperando)|(?:todavia|aun) no (?:[\w']+ ){0,2}(?:respondido|"
    r"contestado|recibido|resuelto|solucionado|devuelto|respuesta)|(?:todavia|aun) (?:sin|nada|"
    r"espero)|sin (?:resolver|solucionar)|(?:\d+|dos|tres|cuatro|varias) horas (?:en espera|"
    r"esperando|al telefono)|en espera (?:durante |por )?(?:\d+|dos|tres|cuatro|varias) horas)",
)

# Time already lost: "since March", "for three weeks", "months ago".
LONG_WAIT: Final = (
    r"(?:(?:for|over|nearly|almost|about|more than|past|last) \d+(?:days|weeks|months|years)|"
    r"(?:for|over|nearly|almost|about|more than|past|last) (?:\d+|a few|few|two|three|four|five|"
    r"six|seven|eight|nine|ten|several|many) (?:[\w']+ )?(?:days|weeks|months|years)|for (?:days|weeks|months)|(?:for|over|nearly|"
    r"almost|approaching|close to|more than) "
    r"(?:a|one) (?:week|month|year)|(?:\d+|two|three|four|five|six|several|many) (?:days|weeks|"
    r"months|years) (?:ago|later|now|and (?:still|counting))|since (?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december|last (?:week|month|year)|"
    r"\d{1,2}/\d{1,2}|\d{4})|(?:been )?waiting (?:for|since) (?:[\w']+ ){0,2}(?:days|weeks|months|"
    r"ages|forever))",
    r"(?:vor (?:\d+|zwei|drei|vier|funf|sechs|mehreren|vielen) (?:tagen|wochen|monaten|jahren)|(?:seit|uber|fast|mehr "
    r"als|schon|bereits) (?:[\w']+ ){0,2}(?:tag(?:e|en)?|wochen?|"
    r"monat(?:e|en)?|jahr(?:e|en)?|januar|februar|marz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember)|seit (?:letzter woche|letztem (?:monat|jahr)|ewigkeiten)|(?:tage|"
    r"wochen|monate|jahre)(?:lang| spater))",
    r"(?:il y a (?:\d+|deux|trois|quatre|cinq|six|plusieurs) (?:jours|semaines|mois|ans)|(?:depuis|pendant|plus d'|plus "
    r"de|pres d'|presque|ca fait|cela fait|bientot) "
    r"(?:[\w']+ ){0,2}(?:jours|semaines|mois|ans|semaine|an|annee|janvier|fevrier|mars|avril|mai|"
    r"juin|juillet|aout|septembre|octobre|novembre|decembre)|depuis (?:la semaine derniere|le mois "
    r"dernier|l'an dernier|le \d+|\d{4})|(?:jours|semaines|mois|ans) plus tard)",
    r"(?:(?:desde hace|hace|llevo|durante|mas de|casi) (?:[\w']+ ){0,2}(?:dias|semanas|meses|anos|"
    r"semana|mes|ano)|desde (?:la semana pasada|el mes pasado|el ano pasado|el \d+|\d{4}|enero|"
    r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|(?:dias|"
    r"semanas|meses|anos) (?:despues|mas tarde))",
)

# The service is down for the customer.
SERVICE_DOWN: Final = (
    r"(?:(?:server|site|website|page) (?:cannot|can'?t|could ?n'?t|could not) be (?:found|reached)|"
    r"(?:server|page|site) not found|(?:is|are|was|went|been|still|goes|keeps going|it'?s|site|app|"
    r"website|network|service|internet|server|system) (?:completely |totally |entirely |fully |still )?down|"
    r"(?:outage|outages|blackout)|no signals|no (?:service|signal|internet|wifi|"
    r"wi-fi|power|connection|connectivity|data|phone service|cable|tv|reception|network|dial tone)|"
    r"(?:ca ?n[o']?t|can not|cannot|unable to|could ?n[o']?t) (?:connect|get online|make calls|"
    r"stream|watch|load)|(?:won'?t|will not|doesn'?t|does not|isn'?t|is not|not) (?:load|loading|"
    r"connect|connecting|work|working|open|opening|respond|responding)|stopped working|"
    r"\w*no(?:internet|service|wifi|power|signal)\w*|(?:keeps?|constantly|always) "
    r"(?:[\w']+ )?(?:dropping|drops|crashing|restarting|disconnecting|freezing|buffering)|"
    r"(?:keeps )?crash(?:es|ed|ing))",
    r"(?:server (?:nicht gefunden|nicht erreichbar|kann nicht gefunden werden)|ausfall\w*|ausgefallen\w*|storung\w*|(?:funktioniert|geht|klappt|ladt|verbindet) "
    r"(?:[\w']+ )?nicht|(?:ist|sind|internet|netz|app|seite|server|system|dienst|wlan) "
    r"(?:[\w']+ ){0,2}down|(?:startet|bootet) (?:[\w']+ ){0,4}neu|abgesturzt|absturz\w*|sturzt "
    r"(?:[\w']+ ){0,4}ab|kein (?:internet|netz|empfang|strom|signal|wlan|dsl|fernsehen)|keine "
    r"(?:verbindung|internetverbindung)|hort (?:[\w']+ ){0,2}auf zu (?:spielen|laden|funktionieren)|(?:internet|netz|verbindung|wlan|signal|empfang)\w* (?:[\w']+ ){0,3}(?:bricht|brach|"
    r"fallt|fiel) (?:[\w']+ ){0,4}(?:weg|ab|aus)|bricht (?:[\w']+ ){0,3}(?:internet|verbindung|netz|wlan)\w* "
    r"(?:[\w']+ ){0,4}weg)",
    r"(?:impossible de (?:se )?connecter|serveur (?:introuvable|inaccessible)|panne|en panne|hors service|hors ligne|coupure\w*|plant(?:e|ent|age)|(?:marche|"
    r"fonctionne) (?:[\w']+ )?(?:pas|plus)|ne (?:charge|repond|s'ouvre|se connecte) "
    r"(?:[\w']+ )?(?:pas|plus)|(?:pas|plus|sans) (?:de |d')?(?:reseau|connexion|internet|signal|"
    r"courant|electricite|wifi|tele)|(?:ne cesse|n'arrete pas) de (?:planter|couper|redemarrer|se "
    r"deconnecter)|(?:coupe|redemarre|saute|plante|decroche)\w* (?:sans arret|sans cesse|tout le "
    r"temps|constamment|toujours|chaque (?:soir|jour|nuit))|(?:internet|connexion|reseau|wifi) (?:[\w']+ ){0,2}(?:coupe|"
    r"saute|tombe|plante)\w*)",
    r"(?:nada de (?:cobertura|senal|internet|red)|no se puede conectar|no (?:puedo|puede) conectar(?:me|se)?|(?:no se (?:encuentra|puede encontrar) el|"
    r"servidor no encontrado)|no funciona|no (?:carga|conecta|abre|responde|anda|me va)|caid[oa]|fuera de servicio|"
    r"apagon|corte de (?:luz|servicio|internet)|(?:sin|no hay|no tengo) (?:servicio|internet|senal|"
    r"conexion|luz|red|cobertura|wifi)|(?:internet|conexion|wifi|senal) (?:[\w']+ )?(?:se corta|se cae|se va)|se "
    r"(?:cae|cuelga|bloquea|reinicia|desconecta) "
    r"(?:[\w']+ ){0,2}(?:constantemente|todo el rato|cada rato|todo el tiempo|siempre))",
)

# Leaving: cancelling, switching, closing the account, never again.
INTENT_TO_LEAVE: Final = (
    r"(?:(?:deactivate|inactivate|discontinue|shut down|close (?:out|down)|remove|disable|invalidate|"
    r"get rid of|terminating|deleting|stop) (?:my |our |the |this |an |all (?:of )?(?:my )?|(?:my )?current )?"
    r"(?:account|membership|subscription)s?|(?:account|membership)s? (?:(?!got |was |were |has |have |had |is |are )[\w']+ ){0,2}(?:be |"
    r"to be |get )?(?:deleted|terminated|closed|cancel+ed|deactivated|removed|shut down)|(?:delete|close|"
    r"terminate|cancel) (?:this|an|all (?:my )?|all of my|(?:my )?current) (?:account|membership|"
    r"subscription)s?|no longer (?:want|wish|like) to (?:be a customer|keep (?:this|my|the) account|bank "
    r"with you|use (?:this|your))|no longer want (?:this|my|the) account|do ?n[o']?t want (?:this|my|the) "
    r"account (?:anymore|any more)|make my account go away|"
    r"(?:cancel|cancelling|canceling|close|closing|terminate|delete|end) (?:my |our |"
    r"the )?(?:account|subscription|service|contract|membership|plan|policy|prime)|cancel(?:l?ing)? @\w+|make the switch|(?:switch|"
    r"switching|move|moving|going|go|changing) (?:over )?to (?:another|a different|a new|(?!(?:the|my|your|"
    r"a|an|our|this|that|their|his|her) )\w+) "
    r"(?:provider|bank|carrier|company|airline|network)|(?:switching|switch) to(?! (?:spanish|english|french|german|another "
    r"(?:song|album|track)|the (?:next|other)))|(?:take|taking) my "
    r"(?:business|money|custom) elsewhere|neveragain|(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bthey )(?<!\bhe )(?<!\bshe )wo ?n'?t (?:be )?(?:do|doing|use|using|buy|buying|order|ordering|fly|flying|shop|shopping) "
    r"(?:[\w']+ )?(?:again|anymore|any more)|(?:never|not) (?!(?:happen|occur)\w* )(?:[\w']+ )?(?:again|ever again)|"
    r"(?:do ?n[o']?t|never) (?:fly|use|buy|shop|bank|order|go) (?:with|at|from)?|(?:do ?n[o']?t|never) fly|"
    r"(?:i'?ll|i will|gonna|going to) (?:just )?avoid|i quit(?=\s*(?:[.!?,;]|$))|(?:make|making) (?:a|the) switch|"
    r"(?:look|looking|search|searching) for (?:an? )?(?:alternative|new provider|new bank)|"
    r"before i (?:get|buy|switch to|go back to) (?:a|an)|(?:drop|dropping|ditch|ditching) @\w+|avoid "
    r"(?:[\w']+ ){0,2}(?:at all costs|like the plague)|next time (?:i'?ll|i will|it'?s|@\w+)|"
    r"(?:forced|had|have) to (?:go|source|buy|shop|order) (?:[\w']+ )?elsewhere|(?:time to|going to|i'?ll|"
    r"i will) (?:go|shop|buy|order|look) elsewhere|(?:last time i|"
    r"done with you|i'?m done|i am done|goodbye|bye bye|find another))",
    r"(?:(?:losch|deaktivier|schliess|auflos)\w* (?:[\w']+ ){0,2}(?:mein|meine|dieses|das) (?:konto|account|vertrag|abo)|"
    r"kein\w* (?:kunde|kundin) mehr|(?:konto|vertrag|abo|abonnement|mitgliedschaft|account|tarif)\w* "
    r"(?:[\w']+ ){0,4}(?:deaktivieren|loschen|auflosen|schliessen|beenden|kundigen)|(?<!karte )kundig\w*(?! (?:[\w']+ ){0,2}karte)|wechsle (?:zu|zur|zum|den anbieter|die bank)|"
    r"(?:anbieter|bank|versicherung|provider|tarif)\w* (?:[\w']+ )?wechseln|(?:davor|bereit|kurz davor),? "
    r"(?:[\w']+ ){0,4}zu wechseln|wechseln (?:zu|zur)|"
    r"wechsel zu\w*|zur konkurrenz|ob ich (?:[\w']+ )?wechseln soll|ich bin raus(?=\s*(?:[.!?,;]|$))|(?:nach )?(?:einer |einem )?(?:alternative\w*|andere\w* (?:app|bank|anbieter)) "
    r"(?:suchen|umsehen)|(?:fliegt|fliegen sie) (?:nicht|nie) mit|nachstes mal (?:[\w']+ ){0,3}@\w+|"
    r"(?:mach|mache|machen) (?:[\w']+ )?(?:einen )?bogen um|"
    r"(?:meide|meiden) (?:ich )?(?:euch|sie)|nachstes mal (?:fliege|buche|kaufe|nehme) ich|nie wieder|niewieder|nie mehr|woanders (?:kaufen|bestellen|hin)|mir "
    r"reicht'?s)",
    r"(?:(?:supprimer|supprimez|fermer|fermez|cloturer|cloturez|annuler|annulez|resilier|desactiver|desactivez) "
    r"(?:[\w']+ )?(?:mon|ma|le|la|mes|ce|cet|cette|l') ?(?:compte|abonnement|contrat|forfait|assurance|ligne)|(?<!ete )resili(?:er\w*|ation|ee?s?|"
    r"ons|ez)|desabonn\w*|ne (?:veux|souhaite) plus (?:etre|rester) (?:votre )?client\w*|plus jamais|plusjamais|je m'?en vais|(?:chez|a) la concurrence|chang\w* (?:de|"
    r"d') ?(?:operateur|banque|fournisseur|compagnie|assureur)|(?:voir|acheter|aller) ailleurs|"
    r"fini avec vous|a fuir|fuyez|j'arrete(?=\s*(?:[.!?,;]|$))|(?:chercher|trouver) (?:une )?(?:alternative|autre (?:appli|application|"
    r"banque|operateur))|(?:je vais|j'vais) (?:vous )?eviter|la prochaine fois (?:je prendrai|j'irai|"
    r"je volerai|(?:[\w']+ ){0,3}@\w+)|je ne (?:reviendrai|commanderai|recommanderai) plus)",
    r"(?:(?:eliminar|eliminen|elimine|como elimino|borrar|borren|como borro|cerrar|cierren|cierro|cancel(?:ar|en|aran|e)|anular|"
    r"desactiv\w*) "
    r"(?:[\w']+ )?(?:mi|la|el|mis|"
    r"esta) (?:cuenta|suscripcion|servicio|contrato|membresia|plan|poliza|linea)|"
    r"(?:(?:ya )?no quiero (?:seguir siendo|ser) (?:su )?cliente|dar(?:me)? de baja|doy de baja|me di de baja|(?:solicitar|pedir) la baja|nuncamas|nunca mas|jamas "
    r"volvere|no (?:vuelvo|volvere) a (?:comprar|volar|usar|pedir)|cambiarme de (?:compania|operador|banco|"
    r"proveedor)|planteando cambiarme|(?:me cambio|me paso|me voy) "
    r"(?:a|con|de) (?:otr[oa]|la competencia|banco|compania|operador)|(?:compr\w*|ir|ire|voy|irme|pedir\w*|gastar\w*) (?:[\w']+ ){0,3}(?:a|en) otr[oa] (?:parte|"
    r"lado|sitio)|hasta nunca|buscar(?:me)? (?:una |otra )?(?:alternativa|app|aplicacion|banco)|"
    r"(?:voy a )?evitar(?:los|les|las|os)|(?:os|les|los|las) voy a evitar|no (?:voleis|volad|vuelen) (?:con|en)|"
    r"la proxima vez (?:[\w']+ ){0,2}@\w+|"
    r"la proxima vez (?:vuelo|compro|voy|elijo) (?:con|a|en)))",
)

# Escalation outside the company: lawyers, courts, regulators, the press, chargebacks.
ESCALATION_THREAT: Final = (
    r"(?:(?:legal action|lawsuit|class action|small claims|litigation|sue|suing|sued|lawyers?|"
    r"attorneys?|solicitors?|(?<!food )(?<!tennis )(?<!basketball )court|attorney general|ombudsman|regulators?|bbb|better business "
    r"bureau|trading standards|ftc|fcc|ofcom|ofgem|fca|consumer protection|chargeback|charge back|"
    r"the press|journalists?|the media|news channel)|(?:report|reporting) (?:you|this|them) to)",
    r"(?:anwalt\w*|rechtsanwalt\w*|klage\w*|verklag\w*|vor gericht|(?:staats|amts|land|bundes|"
    r"zivil|straf|verwaltungs|schieds)gericht\w*|gerichtlich\w*|rechtliche\w* "
    r"schritte\w*|rechtsstreit\w*|verbraucherzentrale|verbraucherschutz\w*|bafin|"
    r"schlichtungsstelle|bundesnetzagentur|aufsichtsbehorde|presse|medien|zeitung|ruckbuchung|"
    r"strafanzeige(?! (?:[\w']+ ){0,3}(?:gegen unbekannt|bei der polizei|wegen (?:des |dem )?diebstahl\w*))|"
    r"anzeige gegen(?! unbekannt)|(?:melde|melden|zeige) (?:sie|euch) (?:bei|an))",
    r"(?:avocat\w*|(?:porter|deposer) plainte(?! (?:[\w']+ ){0,3}(?:police|commissariat|gendarmerie|"
    r"pour (?:le |un |ce )?vol|contre x))|plainte contre (?:vous|votre)|tribunal|en "
    r"justice|poursuites? judiciaires?|vous poursuivre|contentieux|mediateur|ufc|que choisir|"
    r"dgccrf|acpr|amf|banque de france|presse|journalistes?|(?:les|aux|des) medias|association de consommateurs|"
    r"regulateur|vous signaler "
    r"(?:a|au|aux)|(?:eviter|evitons) (?:[\w']+ ){0,2}(?:litige|procedure)s?)",
    r"(?:abogad[oa]s?|acciones legales|accion legal|via judicial|demanda|demandar\w*|"
    r"denunciar\w*(?! (?:[\w']+ ){0,3}(?:robo|hurto|perdida|extravio|policia|comisaria|tarjetas?|movil|"
    r"cartera|telefono|fraude))|(?:poner|pondre) una denuncia(?! (?:[\w']+ ){0,3}(?:policia|comisaria|"
    r"por (?:el |un )?(?:robo|hurto)))|denunciare\w*|tribunal\w*|(?:a|un|en|el) juicio|juzgado|"
    r"litigios?|ocu|profeco|condusef|defensa del consumidor|hoja de reclamaciones|contracargo|"
    r"prensa|periodistas?|regulador|banco de espana|cnmv|omic)",
)

# Citing statutes: formal, often form-letter disputes, not in themselves anger.
LEGAL_CITATION: Final = (
    r"(?:fcra|fdcpa|fcba|tila|respa|ecoa|ucc|u\.?s\.?c\.?|usc|cfr|section \d+\w*|\d+ u\.s\.c|"
    r"1681\w*|metro ?2|fair credit reporting act|fair debt collection|consumer financial "
    r"protection|cfpb|violat\w+|statute|federal law|by law)",
    r"(?:verstoss\w*|verletzung (?:meiner|der|des|von)|gesetzlich\w*|dsgvo|bgb|violacion\w*|por "
    r"ley|rgpd|la loi|par la loi|code de la consommation)",
)

# Credit reports and collections: the topics of the consumer bureau's letters.
CREDIT_REPORT: Final = (
    r"(?:credit (?:report|reports|file|bureau|bureaus|score|history)|the bureaus|equifax|experian|transunion|"
    r"trans union|inquir(?:y|ies)|tradelines?|reporting agenc\w+|derogatory|schufa\w*|buro de "
    r"credito|asnef|fichier banque de france)",
    r"(?:kreditauskunft\w*|auskunftei\w*|kreditakte|bonitat\w*|kreditwurdigkeit|negativeintrag\w*)",
    r"(?:(?:rapport|dossier|historique|score)s? de credit|agences? (?:d'evaluation du credit|de "
    r"credit)|ficp|fiche\w* (?:a la )?banque de france)",
    r"(?:(?:informes?|expedientes?|historial) (?:de )?credit\w*|informes? crediticios?|agencias? "
    r"de (?:informes )?credit\w*|buros? de credito|ficheros? de morosos|datacredito)",
)

DEBT_COLLECTION: Final = (
    r"(?:debt collect\w+|collection agenc\w+|collections?|collectors?|debt|inkasso\w*|schulden|"
    r"schuldeneintreiber\w*|recouvrement|huissiers?|dettes?|creances?|cobro de deudas?|cobranzas?|"
    r"recobro|deudas?|cobrador(?:es)?|agencia de cobros?)",
)

# An operation the product failed to carry out: the definitions file these under defective
# products ("declined or failed card, ATM, transfer or top-up operations").
FAILED_OPERATION: Final = (
    r"(?:(?:did ?n'?t|did not) (?:get|receive) (?:all|the full amount|the right amount|the amount)|(?:amount|cash|"
    r"money) (?:[\w']+ ){0,6}(?:is|was) not (?:the|what) (?:[\w']+ ){0,3}(?:requested|asked for)|partial "
    r"amount|not the full amount|all it gave me was|(?:received|got) (?:\$|£|€)?\d+ but i (?:entered|requested|"
    r"asked for)|(?:card|it) is ?n'?t (?:working|functioning)|wo ?n'?t my card work|(?:ca ?n'?t|cannot|not "
    r"able to|unable to) (?:[\w']+ ){0,3}use (?:my|this|the) card|get the card (?:[\w']+ )?to work|"
    r"(?:reversed|reverted|cancel+ed|returned) (?:my|the) top[- ]?up|transferr?ed (?:[\w']+ ){0,3}(?:is|was) "
    r"(?:not successful|unsuccessful|declined|not completed)|"
    r"top[- ]?ups? (?:[\w']+ ){0,3}(?:cancel+ed|returned|reversed|reverted|disappeared|vanished|"
    r"gone(?! through))|(?:wo ?n'?t|did ?n'?t|does ?n'?t|would ?n'?t) (?:my |the |this )?(?:transfers?|payments?|"
    r"top[- ]?ups?|transactions?) (?:go through|work|complete)|(?:ca ?n'?t|cannot|can not|unable to|"
    r"could ?n'?t|not able to) (?:top up|transfer (?:money|funds|cash)|withdraw (?:money|cash))|"
    r"(?:card|payment|transfer|top[- ]?up|withdrawal|transaction|purchase)s? (?:[\w']+ ){0,3}"
    r"(?:declined?|refused|rejected|fail(?:ed|s|ing)?|not (?:going|gone) through|did ?n[o']?t go through|"
    r"not successful|unsuccessful|not (?:been )?(?:completed|processed|executed)|"
    r"(?:did|does|do|would|will|wo) ?n[o']?t work|not work(?:ing|ed)?|"
    r"bounced|reverted)|(?:did ?n[o']?t|did not|was ?n[o']?t|was not|never|not able to|unable to) "
    r"(?:[\w']+ ){0,2}(?:get|receive|given|distributed|dispensed|revieve) (?:[\w']+ ){0,3}(?:correct|right|"
    r"full|whole|requested|entire|enough) (?:amount|cash|money|withdrawal)|(?:amount|cash|money) "
    r"(?:[\w']+ ){0,5}(?:did ?n[o']?t|does ?n[o']?t|do ?n[o']?t|not) match|(?:different|wrong|incorrect) amount "
    r"of (?:cash|money)|(?:cash|withdrawal) (?:was|is) (?:short|not entirely complete)|short(?:ed|changed) me|"
    r"only (?:\$|£|€)?\d+ (?:[\w']+ )?came out|only got some of the (?:cash|money)|"
    r"only (?:got|received|get|receive|given|gave me) (?:[\w']+ )?(?:\$|£|€)?\d+|(?:declined|refused|rejected|failed) (?:[\w']+ ){0,2}(?:card|"
    r"payment|transfer|top[- ]?up|withdrawal)|atm (?:[\w']+ ){0,4}(?:swallowed|kept|ate|took|"
    r"retained|gave|give|dispensed)|(?:card|cards) (?:[\w']+ ){0,2}(?:swallowed|eaten|retained|"
    r"kept) by (?:the|an|a) (?:atm|machine|cash machine|cashpoint)|(?:got|received|gave me) (?:only|less)|less (?:money|cash) "
    r"than|(?:can(?:'?t| ?not)|could ?n'?t|unable to) (?:get|withdraw) (?:[\w']+ ){0,2}(?:cash|money)|"
    r"(?:cash|money) (?:[\w']+ ){0,2}(?:wo ?n[o']?t|did ?n[o']?t|does ?n[o']?t|not) come out|"
    r"atm (?:did ?n[o']?t|does ?n[o']?t|would ?n[o']?t|wo ?n[o']?t) (?:give|dispense)|unable to (?:use|pay "
    r"with) my card|card (?:[\w']+ ){0,2}(?:not working|does ?n[o']?t work|wo ?n[o']?t work|"
    r"stopped working|refused|declined)|(?:did ?n'?t|did not|does ?n'?t|wo ?n'?t) (?:give|dispense) me (?:my |the |"
    r"any |all (?:of )?(?:my |the )?)?(?:cash|money)|(?:did ?n'?t|does ?n'?t|wo ?n'?t|would ?n'?t|not) (?:[\w']+ ){0,2}"
    r"accept(?:ing|ed)? (?:my|the) card|(?:get|got|getting|keep getting|was|am|been) declined when|(?:did ?n'?t|"
    r"did not) (?:seem to )?complete(?=\s*(?:[.!?,;]|$))|(?:ca ?n'?t|cannot|can not|unable to) add (?:funds|money))",
    r"(?:(?:geldautomat|automat)\w* (?:[\w']+ ){0,5}(?:falschen betrag|zu wenig|zu viel)|distributeur "
    r"(?:[\w']+ ){0,5}(?:mauvais montant|pas assez|trop)|cajero (?:[\w']+ ){0,5}(?:cantidad equivocada|"
    r"importe equivocado|de menos|de mas)|no (?:ha )?salido bien|abgelehnte\w* (?:uberweisung|zahlung|"
    r"aufladung|transaktion)|(?:virement|paiement|transaction|retrait)s? non effectue\w*|(?:transferencia|"
    r"pago|transaccion|operacion)(?:es|s)? no completad[oa]s?|falschen (?:[\w']+ )?betrag (?:an )?(?:bargeld|geld)|(?:betrag|bargeld) (?:[\w']+ ){0,4}stimmt "
    r"(?:[\w']+ )?nicht|nicht den (?:ganzen|vollen|richtigen) \w*betrag|(?:kann|konnte) (?:[\w']+ ){0,3}karte nicht (?:benutzen|"
    r"verwenden)|pas (?:eu|recu) (?:tout|le bon montant|la totalite)|montant (?:[\w']+ ){0,4}ne "
    r"correspond pas|pas recu (?:la bonne somme|le montant (?:demande|complet))|(?:peux|arrive) pas (?:a )?utiliser (?:ma|la) "
    r"carte|no me (?:dio|dieron|ha dado|han dado) (?:todo|la cantidad)|no (?:recibi|he recibido) (?:el|la) "
    r"(?:monto|cantidad|importe) (?:correct[oa]|complet[oa]|que pedi)|(?:monto|cantidad|importe) (?:[\w']+ "
    r"){0,4}no coincide|no puedo (?:usar|utilizar) (?:mi|la) tarjeta|"
    r"weniger (?:[\w']+ )?(?:geld|bargeld) (?:[\w']+ ){0,2}(?:bekommen|erhalten|ausgezahlt)|recu moins "
    r"d'argent|moins d'argent que|me (?:dio|ha dado|dieron|han dado) menos (?:dinero|efectivo|plata)|(?:he recibido|recibi) menos (?:dinero|efectivo|plata)|"
    r"(?:zahlung|uberweisung|aufladung|abhebung|transaktion)\w* (?:[\w']+ ){0,3}(?:schlagt|schlagen) "
    r"(?:[\w']+ ){0,2}fehl|abgelehnt,? wenn ich|(?:me )?refuse quand j'essaie|(?:me )?(?:lo |la )?rechazan cuando "
    r"(?:intento|quiero)|(?:zahlung|uberweisung|transaktion|lastschrift)\w* (?:[\w']+ ){0,5}(?:ruckgangig gemacht|"
    r"zuruckgebucht)|(?:paiement|virement|transaction|operation)s? (?:[\w']+ ){0,4}(?:a ete |ont ete )?(?:annulee?s?|"
    r"inversee?s?)|(?:pago|transferencia|transaccion|operacion)(?:es|s)? (?:[\w']+ ){0,3}(?:revertid[oa]s?|"
    r"se (?:ha |han )?revertido|se revirtio|anulad[oa]s?)|rechaz\w* (?:el|mi|la) (?:pago|tarjeta|transferencia|compra|retiro|recarga)|"
    r"(?:pago|transferencia|recarga|retiro)s? (?:[\w']+ ){0,2}fallan|"
    r"nur (?:[\w']+ )?(?:\$|€|£)?\d+ ?(?:\$|€|£|euro)? (?:[\w']+ )?(?:bekommen|erhalten|ausgezahlt)|"
    r"(?:eu|recu|obtenu) (?:que|seulement) (?:\$|€|£)?\d+|solo me (?:han dado|dio|dieron|ha dado|salieron|salio) (?:\$|€|£)?\d+|"
    r"\w*(?:zahlung|uberweisung)\w* (?:[\w']+ ){0,3}(?:nicht durchgehen|gehen nicht durch)|(?:paiement|virement)s? "
    r"(?:[\w']+ ){0,3}ne passent? pas|no (?:me )?pasan? (?:los |el |mis |mi )?(?:pagos?|transferencias?|cargos?)|"
    r"aufladung\w* (?:[\w']+ ){0,3}(?:storniert|ruckgangig gemacht|zuruckgebucht|verschwunden)|"
    r"(?:kann|konnte|konnen) (?:[\w']+ ){0,2}(?:kein geld|nichts|nicht) (?:[\w']+ )?(?:uberweisen|"
    r"aufladen|abheben)|karte (?:[\w']+ ){0,3}(?:abgelehnt|funktioniert nicht)|(?:zahlung|uberweisung|aufladung|"
    r"abhebung|transaktion|lastschrift)(?:en)? (?:[\w']+ ){0,3}(?:abgelehnt|fehlgeschlagen|nicht "
    r"geklappt|nicht funktioniert|nicht durchgegangen|nicht ausgefuhrt)|kein (?:bargeld|geld) "
    r"(?:[\w']+ ){0,2}(?:aus dem|am) (?:geld)?automaten|geldautomat (?:[\w']+ ){0,4}(?:nicht|kein|"
    r"zu wenig) (?:[\w']+ )?(?:gegeben|ausgegeben|ausgezahlt)|(?:geld|bank)?automat (?:[\w']+ ){0,4}(?:eingezogen|behalten|geschluckt)|"
    r"recharges? (?:[\w']+ ){0,3}(?:annulee?s?|inversee?s?|disparue?s?)|(?:impossible de|(?:ne )?"
    r"(?:peux|arrive) pas (?:a )?)(?:faire (?:un|le) virement|virer|recharger|retirer)|"
    r"carte (?:[\w']+ ){0,3}(?:refusee|rejetee|bloquee|avalee|ne marche pas|ne fonctionne pas)|"
    r"(?:paiement|virement|recharge|retrait|transaction|operation|prelevement)s? (?:[\w']+ ){0,3}"
    r"(?:refuse|rejete|echoue|echouent|a echoue|n'est pas passe|n'a pas (?:fonctionne|marche|abouti))|"
    r"(?:pas de|aucun) (?:billets?|argent|especes) (?:[\w']+ ){0,2}(?:du|au) (?:distributeur|"
    r"guichet)|distributeur (?:[\w']+ ){0,4}(?:ne m'a pas donne|ne m'a rien donne|m'a donne moins)|distributeur (?:[\w']+ ){0,4}(?:avale|"
    r"garde)|recargas? (?:[\w']+ ){0,3}(?:cancelad[oa]s?|revertid[oa]s?|anulad[oa]s?|desaparecid[oa]s?)|"
    r"no (?:puedo|pude|consigo|logro) (?:hacer (?:una|la) transferencia|transferir|recargar|retirar|sacar (?:dinero|efectivo))|"
    r"no se (?:ha )?complet(?:o|ado)|(?:als|ob) (?:ware|sei) (?:das|es) nicht durchgegangen|(?:ist|war|wurde) (?:das |es )?nicht "
    r"durchgegangen|"
    r"tarjeta (?:[\w']+ ){0,3}(?:rechazada|denegada|no funciona|retenida|tragada)|"
    r"(?:pago|transferencia|recarga|retiro|transaccion|operacion|domiciliacion)(?:es|s)? "
    r"(?:[\w']+ ){0,3}(?:rechazad[oa]|denegad[oa]|fallid[oa]|ha fallado|fallo|no ha funcionado|"
    r"no funciono|no se ha realizado|no se realizo|no ha pasado|no paso)|(?:ha fallado|fallo) "
    r"(?:mi |la |el )?(?:pago|transferencia|recarga|retiro)|no (?:sale|salio|me sale|me salio) "
    r"(?:el |nada de )?(?:dinero|efectivo) (?:del|de el) cajero|cajero (?:[\w']+ ){0,4}no me "
    r"(?:dio|ha dado|entrego)|cajero (?:[\w']+ ){0,4}(?:trago|"
    r"retuvo|se quedo))",
    r"(?:(?:hat|haben) mir (?:[\w']+ ){0,2}(?:geld|bargeld) nicht (?:gegeben|ausgezahlt|ausgegeben)|(?:karte|zahlung) "
    r"(?:[\w']+ ){0,3}nicht akzeptiert|akzeptiert\w* (?:meine|die) karte nicht|(?:kann|konnte) (?:[\w']+ ){0,2}kein "
    r"geld (?:[\w']+ )?(?:aufladen|einzahlen|hinzufugen)|ne m'a pas (?:donne|rendu) (?:mon |l'|d')?argent|(?:n'a|"
    r"n'ont) pas accepte (?:ma|la) carte|(?:impossible d'|n'arrive pas a |ne peux pas )ajouter (?:de l'|des )?"
    r"(?:argent|fonds)|no me (?:dio|ha dado|dieron|han dado) (?:mi |el )?(?:dinero|efectivo)|no (?:me )?(?:acepto|"
    r"aceptaron|acepta|aceptan|ha aceptado|han aceptado) (?:mi|la) tarjeta|no (?:puedo|pude|consigo) (?:anadir|"
    r"agregar|ingresar) (?:dinero|fondos|saldo))",
)

# A charge that is wrong: too much, more than once, after cancelling, or never explained.
WRONG_CHARGE: Final = (
    r"(?:two of the same (?:charge|payment|transaction)s?|overcharg\w*|charged (?:[\w']+ ){0,3}(?:twice|double|two times|three times|thrice|"
    r"[2-9]x|[2-9] times|multiple times|again|extra|more than|too much)|double[- ]charg\w*|"
    r"duplicated? (?:charges?|transactions?|payments?|debits?)|multiple of the same|(?:same|identical) (?:charge|"
    r"payment|transaction|debit)s? (?:[\w']+ ){0,2}(?:twice|two times|multiple times|several times|\d+ times)|"
    r"(?:dieselbe|gleiche|selbe) (?:buchung|zahlung|abbuchung|transaktion) (?:[\w']+ )?(?:mehrfach|mehrmals|doppelt|"
    r"zweimal)|(?:plusieurs fois|deux fois) la meme (?:operation|transaction|depense|prelevement)|la meme "
    r"(?:operation|transaction|depense|prelevement) (?:plusieurs|deux) fois|(?:el mismo|la misma) (?:movimiento|cargo|"
    r"cobro|pago|transaccion|operacion) (?:[\w']+ )?(?:varias veces|dos veces|repetid[oa])|(?:wrong|incorrect|extra|hidden|unexpected) "
    r"(?:[\w']+ )?(?:charges?|fees?|amount|bill)|(?:still|keep|keeps) (?:being )?(?:charged|"
    r"billed)|charged (?:[\w']+ ){0,3}after (?:i )?cancel\w*|(?:charging|billing) me (?:for|twice|"
    r"again))",
    r"(?:extragebuhr\w*|zusatzgebuhr\w*|(?:\d+x|zweimal|dreimal|doppelt) (?:[\w']+ ){0,4}(?:abgebucht|berechnet|belastet)|zusatzliche\w* (?:gebuhr|kosten|belastung)\w*|extra (?:[\w']+ )?berechnet|doppelte\w* "
    r"(?:buchung|abbuchung|belastung|zahlung|transaktion)\w*|zu viel (?:[\w']+ )?(?:berechnet|abgebucht|bezahlt)|(?:doppelt|zweimal|dreimal|mehrfach) "
    r"(?:[\w']+ ){0,3}(?:abgebucht|berechnet|belastet|bezahlt)|falsche\w* (?:betrag|rechnung|"
    r"abbuchung|gebuhr)\w*|versteckte\w* (?:gebuhr|kosten)\w*|(?:immer noch|weiterhin) (?:[\w']+ )?"
    r"(?:abgebucht|berechnet)|nach (?:der )?kundigung (?:[\w']+ ){0,3}(?:abgebucht|berechnet))",
    r"(?:debite (?:[\w']+ ){0,2}(?:\d+x|\d+ fois|deux fois|trois fois)|frais (?:en plus|supplementaires)|facture\w* (?:[\w']+ )?(?:un )?supplement|(?:transactions?|"
    r"paiements?|prelevements?|debits?|operations?) en double|"
    r"(?:facture|preleve|debite|paye)e?s? (?:[\w']+ ){0,3}(?:deux fois|trois fois|en double|"
    r"[2-9] fois|plusieurs fois|en trop)|trop (?:paye|percu|facture|preleve)|surfactur\w*|"
    r"(?:mauvais|faux) montant|frais (?:caches|inattendus|injustifies)|montant (?:incorrect|"
    r"errone)|(?:toujours|encore) (?:[\w']+ )?(?:preleve|facture|debite)|double (?:prelevement|"
    r"facturation|debit))",
    r"(?:(?:cargo|cobro|comision)s? (?:extra|adicional\w*)|cobr\w* (?:[\w']+ )?(?:un )?extra|"
    r"(?:cobrad|cargad|facturad)[oa]s? (?:[\w']+ ){0,3}(?:dos veces|tres veces|doble|por "
    r"duplicado|de mas|[2-9] veces|varias veces)|(?:me |nos )?(?:cobraron|cargaron|facturaron|"
    r"cobran|cobro|cargo|facturo|ha cobrado|han cobrado) (?:[\w']+ ){0,3}(?:dos veces|tres veces|doble|por duplicado|de mas|"
    r"[2-9] veces|varias veces)|(?:cobros?|cargos?|movimientos?) (?:indebidos?|duplicados?|de mas)|doble cobro|(?:importe|"
    r"monto|cargo) (?:incorrecto|equivocado|erroneo)|comisiones? ocultas?|(?:siguen|sigue) "
    r"cobrando)",
)

# A device or app that misbehaves: the product is at fault, not the service.
DEVICE_FAULT: Final = (
    r"(?:crash(?:es|ed|ing)?|freez(?:es|ing)(?! (?:my|the|your|a) (?:card|account))|frozen screen|hangs?|hanging|glitch\w*|bug(?:s|gy)?|"
    r"(?:keeps?|constantly) (?:restarting|rebooting|crashing|freezing|dropping)|(?:does ?n'?t|wo ?n'?t|"
    r"will not|did ?n'?t) (?:[\w']+ )?(?:turn|switch|power) on|since the "
    r"(?:last |latest )?update|after (?:the|this|an) update|(?:battery|screen|charger|cable|"
    r"headphones?|speaker|printer|cartridge|camera)s? (?:[\w']+ ){0,3}(?:broken|dead|faulty|"
    r"cracked|not working|drain\w*|died|stopped)|(?:does ?n'?t|wo ?n'?t|will not|did ?n'?t) (?:[\w']+ )?(?:start|"
    r"load|open|launch|download|install|sync)|(?:ca ?n'?t|cannot|can not|unable to) (?:download|install|update|sync)|"
    r"(?:stuck|hangs?) (?:on|at) (?:the )?loading|wo ?n'?t (?:[\w']+ )?get past|(?:screen|phone|app|"
    r"computer|laptop|tv|console|game|device) (?:[\w']+ ){0,2}(?:is |was |keeps )?(?:frozen|freezing)|"
    r"(?:is|are|was|were) ?n'?t (?:uploading|downloading|syncing|updating|loading|saving)|(?:wo ?n'?t|"
    r"does ?n'?t|did ?n'?t|will not|does not|did not) (?:[\w']+ )?upload|bildschirm (?:[\w']+ ){0,2}"
    r"(?:eingefroren|hangt)|ecran (?:[\w']+ ){0,2}(?:fige|bloque)|pantalla (?:[\w']+ ){0,2}"
    r"(?:congelada|bloqueada|trabada))",
    r"(?:sturzt (?:[\w']+ ){0,3}ab|absturz\w*|hangt sich auf|nach dem update|plante|bug(?:ue|gue)?\w*|"
    r"depuis la mise a jour|se (?:cuelga|bloquea|cierra)|desde la actualizacion|(?:app|"
    r"aplicacion|programa|juego)(?: de [\w']+)? se (?:ha cerrado|cerro)|batterie (?:[\w']+ ){0,3}(?:se vide|tient pas|a plat)|bateria (?:[\w']+ ){0,3}(?:se "
    r"(?:me )?(?:gasta|agota|descarga)|dura (?:muy )?poco))",
    r"(?:(?:startet|ladt|offnet sich|offnet) (?:[\w']+ )?nicht|geht nicht (?:mehr )?an|lasst sich nicht (?:[\w']+ ){0,2}(?:einschalten|anschalten|installieren|"
    r"herunterladen|starten|offnen|aktualisieren)|kann (?:[\w']+ ){0,3}nicht (?:herunterladen|installieren|"
    r"aktualisieren)|ne (?:se )?(?:lance|charge|demarre|s'ouvre|telecharge|s'installe|s'allume) (?:[\w']+ )?pas|(?:impossible "
    r"de|(?:ne )?(?:peux|arrive) pas (?:a )?) (?:telecharger|installer|mettre a jour)|no (?:me )?(?:arranca|enciende|prende|carga|abre|"
    r"se abre|inicia|descarga|se descarga|se instala)|no (?:puedo|consigo) (?:descargar|instalar|actualizar))",
)

# Something went wrong, said plainly: what separates a complaint from a question.
PROBLEM: Final = (
    r"(?:(?:do ?n[o']?t|do not|ca ?n[o']?t|cannot) see (?:the|my) (?:money|funds|refund|deposit|transfer|"
    r"payment)|(?:money|funds|refund|deposit|transfer|payment) (?:is|are|has|have) (?:still )?not (?:yet )?"
    r"(?:available|arrived|been (?:placed|credited|added|received))|(?:ca ?n[o']?t|cannot|unable to) "
    r"access (?:it|my)\b|defamation|defaming|(?:ca ?n[o']?t|cannot|can not) (?:get|log|find|use|download|upload|buy|book|"
    r"order|check ?in|play|send|receive|print|install|update|sign in|sign up)\b|(?:it |this )?(?:started|"
    r"keeps|kept) happening|this happens (?:every|all the time|again|weekly|daily|each)|(?:every time|"
    r"whenever) (?:i|we) (?:try|open|use|click|tap|log)|every time,? (?:i'?m )?trying|it just does this|(?:it'?s|is) still there|makes no "
    r"difference|wo ?n'?t ever let me|never (?:offers|lets|gives) me|lose all my|ruin(?:ed|s)? (?:my|"
    r"our|the)|(?:is|are|got) screwed\b|(?:received|got) (?:only )?half (?:of )?my|no proper "
    r"response|(?:have|has|had) (?:gotten|received|got) none|ca ?n'?t be fixed|what (?:has )?happened "
    r"to|problems?|issues?|errors?|wrong|went wrong|broken|broke|damaged|faulty|defective|missing|late|"
    r"fail|(?:wo ?n'?t|does ?n'?t|did ?n'?t|will not|would ?n'?t|not) (?:let|letting) me|"
    r"(?:ca ?n'?t|cannot|can not|unable to|not able to|trouble|having problems) (?:[\w']+ ){0,2}"
    r"(?:verify|verifying|prove|proving|confirm|confirming) (?:my )?(?:identity|id)|"
    r"(?:has|have|is|are|was) ?n'?t (?:been )?(?:updated|credited|cleared|reflected|gone (?:in|"
    r"through)|shown up|showing up)|not (?:been )?(?:updated|credited|reflected|showing up)|(?:ca ?n'?t|"
    r"cannot|can not) (?:see|find) (?:it|my|the) (?:money|cash|deposit|payment|transfer|refund|funds)|"
    r"(?:forgot|forgotten|ca ?n'?t remember|cannot remember|do ?n'?t remember|do ?n'?t know) (?:[\w']+ "
    r"){0,2}(?:password|passcode|pin|login|code)\b|too many (?:times|tries|attempts)|(?:is|are|has|have) "
    r"(?:been )?(?:gone|disappeared|vanished)|"
    r"not successful|unsuccessful|(?:ca ?n'?t|cannot|can not|unable to) (?:check ?out|place (?:an |my )?order|complete "
    r"(?:my |the )?(?:order|purchase|checkout))|(?:have|having|had|has) (?:some )?trouble|delayed|delay|cancel+ed|failed|fails|declined|rejected|overcharged|charged twice|"
    r"stuck|bug|"
    r"buggy|glitch\w*|not (?:received|arrived|working|showing|there)|never (?:arrived|received|"
    r"came|got)|has ?n'?t (?:arrived|come|shown)|no longer|inaccurate|incorrect|incorrectly|inaccurately|wrongly|"
    r"wrongfully|erroneously|mistake|"
    r"dispute[ds]?|disputing|complain\w*|lost|poor|bad|slow|mistakes|trouble (?:with|transferring|sending|"
    r"paying|withdrawing|topping up|logging in|getting|accessing)|never (?:turned|showed) up|"
    r"(?:did ?n'?t|did not) (?:turn|show) up|no[- ]show|turned up (?:late|"
    r"damaged|broken)|not fit for purpose|unusable|useless|not acceptable|not okay|not ok|drops|"
    r"restarting|freez(?:es|ing)|overdr(?:ew|awn)|overbooked|what'?s going on|what is going on|"
    r"(?:charged|billed|debited|taken) (?:[\w']+ ){0,3}(?:twice|double|two times|2x)|double (?:charge|"
    r"charged|billing|payment)|raw in the middle|undercooked|stone cold|(?:food|fries|burger|pizza|"
    r"coffee|meal|soup|chips|dish|order) (?:[\w']+ ){0,2}(?:was|were|is|are|arrived) (?:[\w']+ )?"
    r"cold|stale|moldy|mouldy|rotten|spoil(?:ed|t)|"
    # What tweets say when something went wrong without the words above (step 15).
    r"(?:did ?n'?t|does ?n'?t|do ?n'?t|wo ?n'?t|would ?n'?t|did not|does not|will not|would not) "
    r"(?:even |really |always |actually )?work|(?:has|have|had|is|are|was) ?n'?t (?:even )?been "
    r"(?:delivered|sent|shipped|processed|fixed|resolved|sorted|refunded|returned|picked up)|not "
    r"(?:been )?(?:delivered|fixed|resolved|sorted|refunded|processed|picked up)|overdue|"
    r"(?:has|have|had) ?n'?t been able to|(?:has|have|had) not been able to|(?:was|were) ?n'?t "
    r"able to|(?:was|were) not able to|could ?n'?t (?:get|log|access|find|use|make|pay|reach|"
    r"connect|load|open|see|sync)|could not (?:get|log|access|find|use|make|pay|reach|connect|"
    r"load|open|see|sync)|(?:wo ?n'?t|will not|does ?n'?t|did ?n'?t|does not|did not|ca ?n'?t|"
    r"cannot) (?:even )?(?:recogni[sz]e|connect|play|save|respond)|(?:wo ?n'?t|will not|did ?n'?t|"
    r"did not) (?:even )?accept|invalid|"
    r"(?:acting|playing) up|(?<!i )(?:messed|screwed|mucked|stuffed) up|disconnect(?:s|ed|ing)?(?! fee)|lags|lagging|laggy|lag (?:spikes?|issues?)|(?:bad|so much|huge|terrible|constant|a|occasional|some|any|of) lag|"
    r"intermittent\w*|out of sync|takes? forever|taking forever|took forever|(?:battery|charge|"
    r"power) (?:[\w']+ ){0,2}(?:drains?|draining|drained|dies|dying|died)|drains? (?:out|fast|"
    r"quickly)|(?:is|are|was|were) ?n'?t (?:in|on) (?:my|the) (?:account|mailbox|porch|box|bag|"
    r"order)|(?:is|are|was|were) not (?:in|on) (?:my|the) (?:account|mailbox|porch|box|bag|order)|"
    r"(?:is|are|was) ?n'?t coming|zero results|no (?:proper )?(?:solution|resolution)|(?:happens|"
    r"happened|happening) (?:(?<!if it happens )again|every (?:time|day|week|month)|all the time|daily|weekly|"
    r"constantly)|keeps happening|again and again|(?:missed|miss) (?:my|the|our|a) (?:connecting )?"
    r"(?:flight|train|connection|bus|appointment)|(?:for|by) cancel+ing (?:the|my|our)|cost (?:me|"
    r"us) (?:a|an|my|our|\$|£|€|\d)|(?:made|making|makes) (?:it|things|this|everything) worse|"
    r"(?:ca ?n'?t|cannot|can not) (?:[\w']+ ){1,4}(?:anymore|any more)|unbearable|shoddy|lousy|"
    r"subpar|sub-par|substandard|not (?:great|good|fair)|unfair|bad experience|badexperience|what "
    r"gives|how is (?:this|that) (?:even )?possible|hairs? in (?:my|the|our)|(?:mouse|mice|rats?|"
    r"cockroach\w*|roach(?:es)?|maggots?|worms?|insects?|flies) in (?:my|the|our|their)|found (?:a "
    r"|an |some )?(?:hair|hairs|bone|plastic|glass|metal|mould|mold|insect|worm|maggot)|(?:had "
    r"to|have to) throw (?:it|this|them|that|this one) (?:away|out)|threw (?:it|this|them|that) "
    r"(?:away|out)|cracked|shattered|snapped(?: off)?|smashed|dented|(?:came|fell) off|"
    r"(?:do ?n'?t|does ?n'?t|did ?n'?t) (?:see|have|get|receive) it|(?:has|have|is|are|"
    r"was) not (?:yet )?(?:been )?(?:updated|credited|cleared|reflected|gone (?:in|through)|shown "
    r"up|showing up|happened|come through|appeared)|(?:has|have) ?n'?t (?:yet )?(?:happened|come "
    r"through|appeared)|denied (?:it|me|my|the)|more than once|more than one (?:charge|payment|transaction|debit)|(?:ca ?n'?t|cannot|can not|unable to) afford (?:to|it|this|that|the|my|these|them)|not (?:be|been) working|(?:is|are) "
    r"?n'?t (?:letting|allowing) me|(?:is|are) not (?:letting|allowing) me|balance (?:is|was|stays|"
    r"stayed|remains|remained) (?:still )?(?:the same|unchanged)|(?:does ?n'?t|did ?n'?t|is ?n'?t|"
    r"does not|did not|is not) show(?:ing)? (?:my|the|up|it)|delays|erroneous|past due|delinquen\w*|(?:kept|keeps?) "
    r"(?:breaking|failing)|(?:'?s|it'?s) not (?:letting|allowing) me|not allowing me|(?:did ?n'?t|"
    r"have ?n'?t|has ?n'?t|did not|have not|has not) (?:yet |even |ever )?(?:receive|received|get|"
    r"got|gotten) (?!(?:a |the )?chance)(?:my|the|our|a|an|any|it|them|one|\$|£|€|\d)|(?:not|never|did ?n'?t|does ?n'?t|failed to|fail to) "
    r"deliver|still (?:charg|bill)(?:e|es|ed|ing)|(?:deleted|wiped|erased) (?:all )?(?:of )?(?:my|"
    r"our))",
    r"(?:weigert sich|verweigert\w*|rufschadigung|verleumdung|(?:hangt|steckt|hangen|stecken) (?:[\w'„“-]+ ){0,3}fest|kann (?:[\w'-]+ ){0,4}nicht (?:[\w'-]+ )?(?:aufgeben|einloggen|anmelden|herunterladen|hochladen|"
    r"bestellen|buchen|bezahlen|installieren|aktualisieren|abspielen|bekommen|erhalten|finden|nutzen|"
    r"benutzen|offnen)|(?:fing|fangt) (?:[\w']+ ){0,3}an|passiert (?:mir|uns) das|jedes mal,? wenn ich|lasst mich "
    r"(?:[\w'-]+ ){0,4}(?:jemals|nie|niemals)|macht (?:es )?einfach das|mir wird nie (?:[\w']+ ){0,5}angeboten|"
    r"passiert (?:das )?(?:jedes mal|immer wieder|"
    r"standig)|(?:ist|bleibt) immer noch da|macht keinen unterschied|ruiniert|versaut|verliere (?:ich )?"
    r"(?:meinen ganzen|all meine?n?)|nur die halfte|keine (?:richtige|vernunftige) antwort|(?:kann|lasst "
    r"sich) nicht (?:behoben|repariert) werden|was ist (?:mit|aus) (?:[\w']+ ){0,3}(?:passiert|"
    r"geworden)|(?:sehe|finde) (?:das|mein\w*) (?:geld|ruckerstattung|einzahlung|uberweisung) nicht|(?:geld|"
    r"betrag|ruckerstattung|uberweisung|einzahlung) (?:ist|wurde) (?:noch |immer noch )?nicht (?:[\w']+ ){0,5}(?:verfugbar|"
    r"angekommen|gutgeschrieben|eingegangen)|(?:kann|komme) (?:nicht|nicht mehr) (?:darauf |auf mein\w* "
    r"\w+ )?zugreifen|komme (?:ich )?nicht (?:mehr )?rein|(?:nicht|noch nicht|immer noch nicht) (?:[\w']+ )?(?:gutgeschrieben|aktualisiert|sichtbar)|"
    r"(?:identitat|ausweis)\w* (?:[\w']+ ){0,3}nicht (?:[\w']+ ){0,3}(?:bestatig|nachweis|verifizier)\w*|"
    r"(?:passwort|kennwort|pin|geheimzahl|zugangsdaten|code|passcode) (?:[\w']+ ){0,2}vergessen|mich "
    r"(?:[\w'-]+ ){0,4}nicht (?:verifizieren|identifizieren|ausweisen)|vergessen "
    r"(?:[\w']+ ){0,2}(?:passwort|kennwort|pin|geheimzahl)|zu oft (?:[\w']+ ){0,2}(?:falsch|eingegeben)|"
    r"\w*problem\w*|\w*fehler\w*|falsch\w*|(?:es|geld|betrag|einzahlung|zahlung|uberweisung) (?:ist|sind) (?:aber |noch "
    r"|immer noch )?nicht da|(?:weiss|kenne) (?:[\w']+ ){0,4}(?:pin|passwort|geheimzahl) "
    r"(?:[\w']+ ){0,3}nicht|kaputt\w*|beschadigt\w*|defekt\w*|fehl(?:t|te|ten|en|end\w*)|"
    r"nie (?:gekommen|erschienen|aufgetaucht|angekommen)|(?:kam|kamen) (?:[\w']+ ){0,2}nie an|"
    r"verspat\w*|verzogert\w*|storniert\w*|abgesagt\w*|abgelehnt\w*|fehlgeschlagen\w*|nicht erfolgreich|ruckgangig gemacht|verloren|verschwunden|"
    r"gestrandet|feststeck\w*|(?:sitz|steck|hang)(?:e|en|t) (?:[\w']+ ){0,3}fest|hangt sich auf|startet "
    r"(?:[\w']+ ){0,4}neu|ungenau\w*|unrichtig\w*|irrtum|versehentlich|mangel\w*|schlechte?[nrms]?|"
    r"langsam|unbrauchbar|nutzlos|nicht in ordnung|schief\w*|(?:funktioniert|geht|klappt) "
    r"(?:[\w'-]+ ){0,3}nicht mehr|stimmt (?:[\w']+ )?nicht|was ist "
    r"(?:[\w'-]+ ){0,5}los|uberbucht|uberzogen|reklamation|beschwerde|beanstand\w*|widerspruch(?!lich)\w*|widersprech\w*|"
    r"bugs|nie aufgetaucht|nicht erschienen|(?:nicht|nie) (?:[\w']+ )?(?:angekommen|erhalten|"
    r"bekommen|geliefert|zugestellt|"
    r"funktioniert)|(?:funktioniert|geht|klappt) (?:[\w']+ )?nicht|lasst mich nicht|(?:ist|sind|war|waren) "
    r"(?:(?:sie|er|es|alles|einfach|plotzlich|jetzt|spurlos) )?weg|(?:doppelt|zweimal) "
    r"(?:[\w']+ ){0,3}(?:berechnet|abgebucht|belastet|bezahlt)|(?:halb )?roh|(?:pommes|essen|"
    r"pizza|burger|kaffee|suppe) (?:[\w']+ ){0,2}(?:war|waren|ist|sind|kam|kamen) (?:[\w']+ )?kalt|"
    r"verdorben\w*|schimmel\w*|"
    r"(?:hat|haben) (?:[\w']+ ){0,2}nicht (?:funktioniert|geklappt)|nicht geklappt|ungultig\w*|"
    r"spinnt|uberfallig\w*|(?:noch )?nicht (?:[\w']+ )?(?:behoben|gelost|erstattet|bearbeitet|"
    r"zugestellt)|(?:bricht|brach|brechen) (?:[\w']+ ){0,4}ab|verbindungsabbr\w*|(?:dauert|dauerte) "
    r"ewig|ewig(?:e|es)? (?:warten|laden)|(?:haare?|maus|mause|ratten?|kakerlake\w*|insekt\w*|"
    r"maden?|wurmer|wurm|fliegen?) (?:in|im) (?:meine\w*|dem|der|unsere\w*)|wegwerfen|"
    r"weggeworfen|(?:passiert|kommt) (?:schon )?(?:wieder|standig|dauernd|jede woche|jeden tag|"
    r"immer wieder)|(?:flug|zug|anschluss\w*|termin) verpasst|hat (?:mich|uns) (?:[\w']+ ){0,3}"
    r"gekostet|(?:noch|nur noch) schlimmer|kann (?:[\w']+ ){1,4}nicht mehr (?:nutzen|benutzen|"
    r"offnen|abspielen|sehen|verwenden)|unertraglich\w*|nicht fair|unfair|schlechte erfahrung\w*|"
    r"akku (?:[\w']+ ){0,3}(?:leer|entladt)|(?:sehe|finde|haben|hat) (?:es|sie|das geld|ihn) "
    r"(?:[\w']+ ){0,2}nicht|nicht durchgegangen|mehr als einmal|kontostand (?:[\w']+ ){0,3}"
    r"(?:gleich|unverandert)|(?:kann|konnen) (?:[\w']+ ){0,3}nicht leisten|schwierigkeit\w*|nie "
    r"(?:eine |irgendeine )?(?:antwort|ruckmeldung)|(?:keine|nie eine) (?:[\w']+ )?(?:antwort|"
    r"ruckmeldung) (?:bekommen|erhalten)|nie (?:[\w']+ ){0,2}zuruckbekommen|doppelte (?:buchung|"
    r"abbuchung|zahlung|belastung)\w*|gekundigt|in verzug|zahlungsverzug|(?:hat|haben) (?:[\w']+ ){0,4}geloscht|wurden? (?:[\w']+ ){0,3}geloscht|"
    r"(?:ladt|laden|synchronisiert) (?:[\w']+ ){0,2}nicht (?:hoch|mehr)?)",
    r"(?:refuse\w* de|diffamation|(?:je )?(?:ne )?(?:peux|arrive) pas (?:a )?(?:me connecter|telecharger|commander|reserver|payer|"
    r"installer|mettre a jour|recevoir|obtenir|trouver|utiliser|ouvrir|envoyer)|impossible (?:de |d')"
    r"(?:enregistrer|envoyer|telecharger|commander|acceder|utiliser|ouvrir|installer|payer|recevoir|"
    r"obtenir)|(?:a |ca )?commence a (?:m'|nous )?(?:arriver|se produire)|(?:a )?chaque fois que "
    r"(?:j'essaie|je (?:veux|lance|clique|tente))|(?:me|nous) laisse (?:jamais|pas)|(?:il|ca) fait juste "
    r"ca|on ne me propose jamais|perds toute ma|ca arrive (?:a chaque fois|tout le temps)|(?:c'est|il est) toujours la|ne "
    r"change rien|(?:a|ont) (?:completement |totalement )?(?:gache|ruine)|perdre toute ma|(?:recu|eu) (?:que )?la moitie|aucune "
    r"(?:vraie |reelle )?reponse|(?:ne )?peut pas etre (?:repare|corrige|resolu)|qu'est-ce qui (?:est "
    r"arrive|s'est passe) (?:a|avec)|(?:je ne vois pas|je vois pas) (?:l'argent|mon remboursement|le virement|le depot|les fonds)|"
    r"(?:l'argent|le virement|le remboursement|le depot|les fonds) n'(?:est|a|ont|sont) (?:toujours )?pas "
    r"(?:encore )?(?:disponibles?|arrives?|ete credites?|ete verses?)|(?:je ne peux pas|impossible d') ?"
    r"(?:y )?acceder|mal (?:saisi|calcule|applique|facture|entre)\w*|n'appara\w* (?:pas|toujours pas|plus)|n'y (?:est|sont) (?:toujours )?pas|(?:impossible de|(?:ne )?(?:peux|arrive) pas (?:a )?)(?:verifier|prouver|confirmer) (?:mon )?"
    r"identite|du mal a (?:prouver|verifier|confirmer) (?:mon )?identite|(?:pas|toujours pas|jamais) (?:ete )?"
    r"(?:credite|mis a jour|pris en compte|apparu)e?s?|(?:oublie|"
    r"perdu) (?:[\w']+ ){0,2}(?:mot de passe|code|identifiant)|trop de (?:tentatives|fois|"
    r"essais)|probleme?s?|erreurs?|faux|fausse|casse(?:e|s|es)?|endommage\w*|defectueu\w*|manquant\w*|il manqu(?:e|ait|aient)|"
    r"en retard|retard\w*|annulee?s?|refusee?s?|reste\w* bloque\w*|redemarr\w*|echou\w*|echec|sans succes|n'a pas (?:reussi|abouti)|"
    r"perdu\w*|disparu\w*|coince\w*|inexact(?:e|es|s|itudes?)?|incorrecte?s?|errone(?:e|s|es)?|"
    r"mauvais\w*|lenteur\w*|(?:trop|tres|si) lent\w*|inutilisable|inutile(?! d)|pas normal|pas "
    r"acceptable|pas ok|(?:n'etait|n'est|etait) pas (?:bon|correct)|(?:s'est|c'est) mal passe|surbook\w*|decouvert|reclamation|plainte|litige|contest(?:ation\w*|er|"
    r"ee?s?)|plaindre|jamais venue?|(?:ne )?s'est (?:jamais|pas) presentee?|bugs|bugg?u?e[es]?|qu'est-ce qui se passe|que se passe-t-il|(?:pas|jamais) "
    r"(?:[\w']+ )?(?:recu|arrive|livre)e?s?|(?:ne )?me laisse pas|ne (?:marche|fonctionne) (?:[\w']+ )?(?:pas|plus)|"
    r"(?:facture|preleve|debite|paye)e?s? (?:[\w']+ ){0,3}(?:deux fois|en double|2 fois)|"
    r"cru(?:e|s|es)? (?:au milieu|a l'interieur|dedans)|pas cuit\w*|(?:frites|plat|repas|pizza|"
    r"burger|cafe|soupe)s? (?:[\w']+ ){0,2}(?:etaient|etait|est|sont|arrive\w*) (?:[\w']+ )?"
    r"froid\w*|moisi\w*|avarie\w*|"
    r"n'a (?:pas|jamais) (?:marche|fonctionne)|non valide|invalide\w*|(?:pas|toujours pas|"
    r"jamais) (?:ete )?(?:repare|resolu|rembourse|traite)e?s?|deconne\w*|fait des siennes|"
    r"deconnect\w*|(?:ca )?prend une eternite|(?:cheveux?|souris|rats?|cafards?|blattes?|insectes?|"
    r"vers|asticots?|mouches?) dans (?:mon|ma|mes|le|la|les|notre)|a la poubelle|(?:ca )?(?:arrive|"
    r"recommence) (?:encore|sans cesse|tout le temps|toutes les semaines|chaque (?:fois|semaine|"
    r"jour))|rate (?:mon|ma|le|la|notre) (?:vol|train|correspondance|rendez-vous|avion)|m'a coute|"
    r"(?:encore|de plus en plus) pire|insupportable|pas juste|injuste|pas terrible|mauvaise "
    r"experience|(?:ne )?(?:peux|pouvons) plus (?:utiliser|ouvrir|lire|regarder|voir|acceder)|"
    r"(?:je )?ne (?:le|la|les) vois (?:toujours )?pas|ne l'(?:ont|a) (?:toujours )?pas|(?:n'est|n'a) "
    r"(?:toujours )?pas (?:passe|abouti)|plus d'une fois|solde (?:[\w']+ ){0,3}(?:le meme|inchange)|(?:n'ai|n'avons) pas les moyens|"
    r"(?:j'ai|on a|nous avons|il a|elle a) du mal a|difficultes?|(?:jamais|pas) (?:eu|recu) (?:de |"
    r"aucune )?reponse|(?:paiements?|prelevements?|operations?|debits?|transactions?) en double|"
    r"doublons?|resilie(?:e|s|es)?|impaye\w*|a (?:[\w']+ ){0,2}(?:efface|supprime) "
    r"(?:tou(?:te)?s? )?(?:mes|ma|mon|nos|notre)|ne me permet pas|(?:toujours|continue\w* a) (?:me "
    r")?(?:facturer|prelever|debiter)|(?:ne )?(?:se synchronise|synchronise|televerse) (?:[\w']+ )?pas)",
    r"(?:se niegan?|difamacion|no (?:puedo|consigo|logro) (?:iniciar sesion|descargar|subir|comprar|reservar|pedir|pagar|"
    r"instalar|actualizar|recibir|obtener|encontrar|usar|abrir|enviar|conseguir|registrar)|(?:empezo|"
    r"comenzo|(?:ha|han) empezado) a pasar|cada vez que intento|nunca me (?:deja|ofrece)|"
    r"simplemente hace esto|(?:pasa|ocurre) (?:cada vez|siempre)|sigue (?:ahi|estando ahi)|no (?:cambia|hace) (?:nada|"
    r"ninguna diferencia)|arruin\w*|pierdo todo mi|(?:recibi|llego) (?:solo )?la mitad|ninguna "
    r"respuesta (?:real|valida|adecuada)|no (?:se )?puede (?:arreglar|reparar|solucionar)|que (?:ha "
    r"pasado|paso) con|no veo (?:el dinero|mi reembolso|la transferencia|el deposito|los fondos)|(?:el dinero|la "
    r"transferencia|el reembolso|el deposito) (?:todavia |aun )?no (?:esta disponible|ha llegado|se ha "
    r"(?:ingresado|abonado|acreditado))|no puedo acceder|no (?:puedo|consigo|logro) (?:verificar|comprobar|demostrar|confirmar) (?:mi )?identidad|"
    r"(?:no|todavia no|aun no) (?:se )?(?:ha |han )?(?:acreditad|actualizad|reflejad|aparecid)[oa]s?|"
    r"(?:olvide|he olvidado|no recuerdo|olvidado) (?:[\w']+ ){0,2}(?:contrasena|clave|pin|nip|codigo)|"
    r"demasiad[oa]s (?:veces|intentos)|reclamar|(?:pusieron|han puesto|aplicaron|calcularon|cobraron) mal|problemas?|errores?|error|equivocad[oa]s?|rot[oa]s?|se (?:ha )?(?:rompio|roto|rompieron)|danad[oa]s?|defectuos[oa]s?|(?<!hace )falta\w*|"
    r"retras\w*|atrasad[oa]s?|demora\w*|cancel(?:ad[oa]s?|o|aron)|se reinici\w*|se (?:congela|"
    r"cuelga)\w*|rechaz(?:ad[oa]s?|aron|o)|fall(?:o|a|ida|ido|aron|ando)|revertid[oa]s?|se (?:ha |han )?revert\w*|se revirti\w*|"
    r"no (?:ha sido|fue) exitos[oa]|perd(?:id[oa]s?|i|io)|"
    r"desaparec(?:id[oa]s?|io)|atascad[oa]s?|atrapad[oa]s?|incorrect[oa]s?|inexact[oa]s?|"
    r"inexactitud\w*|errone[oa]s?|malos?|malas?|lent[oa]s?|inservible|inutil\w*|sobregir\w*|"
    r"descubierto|no (?:me )?aparece\w*|(?:estaba|esta|estaban) mal|no (?:era|es|fue|ha sido) (?:correct[oa]|el correcto|la correcta)|(?:ha |han )?salido mal|salio mal|salir mal|ya no funciona|"
    r"reclamacion\w*|reclamo|queja\w*|disputa\w*|que (?:esta|estan) pasando|que (?:pasa|ha pasado|"
    r"paso) con|no me deja|no "
    r"(?:me )?(?:ha llegado|llego|han llegado|llegaron|recibi|he recibido|han entregado|entregaron|"
    r"funciona|sirve|anda)|nunca (?:me )?(?:llego|recibi|ha llegado|vino|aparecio)|no se "
    r"presento|cobros? indebidos?|"
    r"(?:(?:cobrad|cargad|facturad)[oa]s?|(?:me |nos )?(?:cobraron|cargaron|facturaron|cobran)) "
    r"(?:[\w']+ ){0,3}(?:dos veces|doble|por duplicado|de mas)|crud[oa]s? (?:por dentro|en el "
    r"centro|en medio)|(?:papas|patatas|comida|pizza|hamburguesa|cafe|sopa)s? (?:[\w']+ ){0,2}"
    r"(?:estaba|estaban|esta|estan|llego|llegaron) (?:[\w']+ )?fri[oa]s?|podrid[oa]s?|"
    r"mohos[oa]s?|"
    r"no (?:me )?(?:funciono|ha funcionado|sirvio)|invalid[oa]s?|no (?:es )?valid[oa]|(?:no|"
    r"todavia no|aun no) (?:me )?(?:lo )?(?:han|ha) (?:entregado|reparado|resuelto|solucionado|"
    r"devuelto|reembolsado)|se desconecta\w*|desconexion\w*|tarda (?:una )?eternidad|tarda "
    r"siglos|(?:pelos?|raton\w*|ratas?|cucarachas?|insectos?|gusanos?|moscas?) en (?:mi|mis|el|la|"
    r"los|las|nuestr[oa])|a la basura|vuelve a pasar|pasa (?:otra vez|siempre|cada (?:semana|dia|"
    r"vez)|todo el tiempo)|otra vez lo mismo|me (?:ha )?costado|me costo|(?:aun|todavia) peor|"
    r"insoportable|no es justo|injust[oa]s?|mala experiencia|ya no (?:puedo|podemos) (?:usar|abrir|"
    r"ver|acceder|reproducir)|no lo (?:veo|tienen|tiene|han recibido|ha recibido)|no (?:se )?(?:ha "
    r")?(?:realizado|procesado|completado)|mas de una vez|saldo (?:[\w']+ ){0,3}(?:igual|sin "
    r"cambios)|no (?:me )?lo (?:permite|deja)|no (?:me lo )?puedo (?:permitir|pagar)|no (?:me )?(?:puedo|podemos) permitir(?:me|nos)? pagar|"
    r"dificultad\w*|nunca (?:me )?(?:contest|respond)\w*|(?:sin|ninguna) respuesta|(?:cargos?|"
    r"movimientos?|cobros?|pagos?|transacciones?) duplicad[oa]s|tampoco (?:funciona|(?:me )?deja|"
    r"sirve|va)|en mora|moros[oa]s?|(?:borro|elimino|"
    r"ha borrado|ha eliminado) (?:[\w']+ )?(?:mis|mi|toda|todas|todos)|no me permite|(?:siguen|sigue) "
    r"cobrando\w*|no (?:se )?(?:sube|sincroniza))",
)

# The customer already raised it and got nowhere: disputes re-sent, verified, refused.
PRIOR_ATTEMPTS: Final = (
    r"(?:(?:previously|already|again|before|prior) (?:[\w']+ )?(?:disputed|contacted|sent|"
    r"submitted|filed|requested|reported|notified|called|complained|asked|explained)|(?:disputed|"
    r"contacted|requested|reported|sent|called|asked) (?:[\w']+ ){0,4}(?:before|previously|already|"
    r"again|multiple|several|numerous|twice|many)|(?:came back |was |were |been )?verified|"
    r"(?:still|continues? to|continuing to|keeps?) (?:[\w']+ )?(?:report|reporting|show|showing|"
    r"appear|appearing|list|listing)|(?:remains?|still) on my|despite (?:my|the|multiple|several|"
    r"numerous|repeated)|(?:failed|refused|refuses|refusing|neglected) to (?:respond|remove|"
    r"investigate|correct|provide|validate|fix|delete|update|reply|answer|help|refund|honou?r)|"
    r"(?:denied|rejected|refused|closed) (?:my|the) (?:dispute|claim|request|complaint|appeal))",
    r"(?:(?:schon|bereits|zuvor) (?:[\w']+ )?(?:reklamiert|angerufen|geschrieben|gemeldet|"
    r"beschwert|kontaktiert|widersprochen)|weigert sich,? (?:[\w']+ )?(?:mir|uns)|trotz (?:meiner|meines|mehrerer|wiederholter)|"
    r"verifiziert|(?:uberpruft|bestatigt) wurden|(?:melden|meldet) (?:[\w']+ ){0,4}(?:weiterhin|immer noch)|(?:widerspruch|"
    r"beschwerde) (?:[\w']+ ){0,2}abgelehnt)",
    r"(?:(?:ont|a) ete verifie\w*|refuse de (?:me |nous )?(?:fournir|donner|envoyer|rembourser|repondre)|deja (?:[\w']+ )?(?:conteste|appele|ecrit|signale|reclame|envoye|contacte)|malgre (?:mes|"
    r"ma|mon|plusieurs|de nombreuses)|(?:rejete|refuse)e?s? (?:[\w']+ )?(?:ma|mon) (?:contestation|"
    r"reclamation|demande)|continue\w* (?:a |de )(?:signaler|declarer|figurer))",
    r"(?:ya (?:[\w']+ ){0,2}(?:reclame|llame|escribi|envie|dispute|contacte|(?:reclam|llam|envi|"
    r"contact)ado|escrito)|se niegan? a (?:facilitar|dar|enviar|proporcionar|devolver)\w*|se verificaron|(?:fueron|han sido) "
    r"verificad[oa]s|a pesar de (?:mis|mi|varias|reiteradas)|(?:rechazaron|denegaron) "
    r"(?:[\w']+ )?(?:mi|la) (?:disputa|reclamacion|solicitud)|(?:sigue|siguen) "
    r"(?:[\w']+ )?(?:reportando|apareciendo|figurando))",
)

# Asking for help.
HELP_REQUEST: Final = (
    r"(?:appreciate (?:it )?if you (?:could |can |would )?help(?:ed)?|need (?:more |some |urgent )?(?:help|assistance)|"
    r"help(?= ?[!?,])|please help|help me|help us|can you help|could you help|need help|need of help|need your help|assist "
    r"me|any help)",
    r"(?:hilfe(?= ?[!?,])|hilfe bitte|bitte hilfe|(?:brauche|benotige|bitte um|jede|dringend) (?:[\w']+ ){0,2}hilfe|"
    r"helfen sie|bitte helfen|helft mir|hilf mir|(?:mir|uns) (?:[\w']+ ){0,4}(?:zu )?helfen)",
    r"(?:aidez-moi|aidez moi|aide-moi|aide moi|aidez-nous|besoin (?:de plus |d'un peu |de beaucoup )?d'?aide|besoin de (?:votre|ton|"
    r"vos) aide|toute aide|m'aider|nous aider|au secours|a l'aide(?! d))",
    r"(?:ayuda(?= ?[!?,])|(?:necesito|necesitamos|pido|solicito|cualquier|requiero) (?:[\w']+ )?ayuda|ayudenme|"
    r"ayudame|ayudadme|ayudarme|ayudarnos|me ayuden|me ayude|nos ayuden|me (?:pueden|puede|podrian|"
    r"podria|puedes|podeis) ayudar|me ayudan|me ayudais|nos ayudan|socorro|auxilio)",
)
