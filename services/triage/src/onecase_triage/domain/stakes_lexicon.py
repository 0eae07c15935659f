"""What is at stake in money and access: theft, fraud, identity, held funds, lock-outs.

Regex fragments matched on folded text (lowercase, accents removed, "ß" as "ss", curly
apostrophes straight), each wrapped in word boundaries by `complaint_signals`. Every signal
carries English, German, French and Spanish phrases, because a complaint's level must not
depend on its language. Longer phrases come first: the earlier alternative wins and becomes
the evidence a person reads.
"""

from __future__ import annotations

from typing import Final

_CARD = r"(?:card|debit card|credit card|karte|kreditkarte|carte|carte bancaire|tarjeta)"
# Cards, phones and wallets in German, French and Spanish.
_MEANS_DE = (
    r"(?:karte|kreditkarte|ec-karte|bankkarte|girokarte|debitkarte|handy|telefon|smartphone|"
    r"geldbeutel|portemonnaie|geldborse|brieftasche|handtasche)"
)
_MEANS_FR = (
    r"(?:carte|carte bancaire|carte bleue|cb|carte de credit|telephone|portable|smartphone|"
    r"portefeuille|porte-monnaie|sac a main)"
)
_MEANS_ES = r"(?:tarjeta|movil|celular|telefono|cartera|billetera|monedero|bolso)"

_PAYMENT = (
    r"(?:charges?|transactions?|payments?|debits?|withdrawals?|purchases?|transfers?|"
    r"direct debits?|abbuchung(?:en)?|zahlung(?:en)?|buchung(?:en)?|transaktion(?:en)?|"
    r"paiements?|prelevements?|retraits?|achats?|operations?|cargos?|pagos?|"
    r"transacciones|transaccion|compras?|retiros?|movimientos?)"
)
_PAYMENT_DE = (
    r"(?:abbuchung|zahlung|buchung|transaktion|umsatz|umsatze|belastung|lastschrift|abhebung|"
    r"kauf|kaufe|einkauf|einkaufe|uberweisung)\w*"
)
_PAYMENT_FR = r"(?:paiement|prelevement|operation|transaction|achat|retrait|debit|virement)s?"
_PAYMENT_ES = (
    r"(?:cargos?|cobros?|pagos?|compras?|movimientos?|transacciones|transaccion|retiros?|"
    r"debitos?|operaciones|operacion)"
)
# Words naming a payment in any of the four languages, for rules that read evidence terms.
PAYMENT_WORDS: Final = "|".join((_PAYMENT, _PAYMENT_DE, _PAYMENT_FR, _PAYMENT_ES))

# Card, phone or wallet stolen; robbed. Money can be taken with them now.
STOLEN: Final = (
    rf"(?:(?:my |our |all my )?(?:{_CARD}s?|phones?|wallets?|purses?|bags?|handbag|backpack|"
    rf"belongings|things|stuff|everything|handy|portemonnaie|geldbeutel|telephone|"
    rf"portefeuille|sac|movil|celular|cartera|billetera)(?:'s been |'s got |'s | (?:was |has been |got |"
    rf"have been |were |is |are |'s )?)(?:just |already |all |recently )?stolen|stolen (?:[\w']+ )?"
    rf"(?:{_CARD}s?|phones?|wallets?|purses?|bags?|handbag|backpack|belongings)|(?:someone|somebody|a man|a guy|they) (?:[\w']+ )?(?:took|has taken|had taken|"
    rf"stolen|stole|grabbed|snatched|nicked|pinched) (?:all )?my(?: (?:{_CARD}s?|phones?|wallets?|purses?|"
    rf"bags?|handbag|backpack|things|stuff|belongings))?|(?<!atm )(?<!machine )(?<!cashpoint )took (?:all )?my (?:things|stuff|bags?|wallet|purse|phone|cards?|"
    rf"money|cash|handbag|backpack)|(?:stolen|stole|robbed|mugged|pickpocketed))",
    r"(?:(?:mir|uns) (?:meine?n?|die|das) (?:karte|kreditkarte|handy|telefon|geldbeutel|portemonnaie|geldborse|"
    r"brieftasche|handtasche) (?:[\w']+ ){0,2}(?:gestohlen|geklaut|entwendet)|"
    r"gestohlene[nrs]? (?:[\w']+ )?(?:karten?|kreditkarten?|handys?|telefon|geldbeutel|portemonnaie|"
    r"geldborse|brieftasche|handtasche)|(?:mir|uns) (?:wurde|wurden|hat man|hat jemand) (?:[\w']+ )?alles "
    r"(?:[\w']+ )?(?:gestohlen|geklaut|entwendet)|"
    r"(?:meine?n?|das|die) (?:karten?|kreditkarten?|handys?|telefon|geldbeutel|portemonnaie|geldborse|"
    r"brieftasche|handtasche) (?:[\w']+ ){0,2}(?:wurde|ist|sind|wurden) (?:[\w']+ )?(?:gestohlen|geklaut|"
    r"entwendet)|(?:jemand|einer|man) hat (?:mir )?(?:meine?n? )?(?:karte|kreditkarte|handy|telefon|"
    r"geldbeutel|portemonnaie|geldborse|brieftasche|handtasche) (?:[\w']+ ){0,4}(?:genommen|mitgenommen|gestohlen|geklaut|entwendet)|"
    r"(?:jemand|einer|ein mann|ein typ|man|diebe?) hat (?:mir )?(?:[\w']+ ){0,3}(?:weggenommen|"
    r"abgenommen|entrissen|entwendet)|(?:gestohlen\w*|bestohlen|geklaut\w*|klaute\w*|ausgeraubt|"
    r"beraubt|entwendet\w*|entrissen|taschendieb\w*))",
    rf"(?:(?:quelqu'un|on|ils|il) (?:a|ont) (?:pris|vole|derobe) (?:ma|mon|mes) {_MEANS_FR}|(?:m'a|m'ont|"
    rf"nous a|nous ont) (?:vole|pris|derobe) (?:ma|mon|mes) {_MEANS_FR}|"
    rf"(?:on|quelqu'un|ils|il|un homme|un type) (?:m'a|m'ont|nous a|nous ont) (?:pris|arrache|"
    rf"vole|derobe)(?: (?:ma|mon|mes) {_MEANS_FR})?|me l'a (?:vole|pris)|(?:on )?m'a vole|(?:m'a|m'ont|nous a|nous ont|fait|faire) (?:pique|piquer|"
    rf"voler|vole)|(?:ete|etre|est|sont|fait|faire) volee?s?|vole(?:e|es|s)? (?:ma|mon|mes|nos|"
    rf"notre)|{_MEANS_FR}s? (?:[\w']+ ){{0,2}}volee?s?|(?:on |ils |quelqu'un )?(?:m'a|m'ont|nous a|nous ont) tout "
    rf"(?:vole|pris|derobe)|(?:derobe\w*|cambriol\w*|detrousse\w*|pickpocket\w*|victime "
    rf"d'un vol)|vol (?:de |du )?(?:ma |mon |mes )?{_MEANS_FR})",
    rf"(?:(?:me|nos) (?:han |ha )?(?:robado|robaron|robo) (?:la|el|mi|mis|los|las) {_MEANS_ES}|"
    rf"alguien (?:[\w']+ ){{0,2}}(?:ha cogido|cogio|ha tomado|tomo|se ha llevado|se llevo|robo) "
    rf"(?:mi|mis) {_MEANS_ES}|(?:me|nos|le|les|te) (?:lo |la |los |las )?(?:han |ha )?(?:robado|robaron|robo|roban|"
    rf"robaran|hurtaron|hurto|arrebataron|arrebato|sustrajeron)|(?:{_MEANS_ES}s? (?:[\w']+ ){{0,2}}robad[oa]s?|robad[oa]s?|robaron|(?:fue|ha "
    rf"sido|han sido|fueron|me han|me ha|le han|nos han) hurtad[oa]s?|asaltad[oa]s?|me asaltaron|"
    rf"atracad[oa]s?|me atracaron|carterista\w*|sustraid[oa]s?)|robo (?:de |del )(?:mi |la |el |"
    rf"mis |su )?{_MEANS_ES}|alguien (?:[\w']+ ){{0,2}}(?:robo|se llevo|se ha llevado|agarro|arrebato|"
    rf"ha cogido|cogio|ha tomado|tomo) (?:mi|"
    rf"mis))",
)

# Lost a card, phone or wallet: a means of payment is out of the customer's hands.
LOST_MEANS: Final = (
    rf"(?:(?:not sure|do ?n[o']?t know|no idea) where (?:my |our )(?:{_CARD}|phone|wallet|purse) (?:is|went)|"
    rf"(?<!n't )(?<!not )(?<!never )lost (?:my |our )?(?:{_CARD}|phone|wallet|purse)|(?:{_CARD}|phone|wallet) (?:is |was |"
    rf"has been |got |gets |has gone |went |gone )?(?:lost|missing|gone)|(?:ca ?n[o']?t|can not|cannot|"
    rf"unable to|could ?n[o']?t) find (?:my )?(?:{_CARD}|phone|wallet)|(?:misplaced|lost track "
    rf"of|left|forgot|dropped) (?:my |our )?(?:{_CARD}|phone|wallet|purse)|(?:{_CARD}|phone|wallet|"
    rf"purse) (?:[\w']+ ){{0,2}}(?:was taken|fell out|has been taken|got taken|is missing)|"
    rf"(?:my |our )?(?:{_CARD}|phone|wallet|purse) (?:data|details|number) (?:has |have )?(?:been "
    rf"|was |were )?(?:exposed|leaked|compromised|stolen)|data breach|breach(?:ed)?)",
    rf"(?:(?:weiss|weis) (?:[\w']+ ){{0,2}}nicht,? wo (?:mein|meine) {_MEANS_DE} (?:ist|sind)|"
    rf"{_MEANS_DE} (?:(?!nicht )[\w']+ ){{0,5}}(?:verloren|verlegt|verschwunden)|{_MEANS_DE} "
    rf"(?:[\w']+ ){{0,2}}(?:ist|sind|war) (?:[\w']+ )?weg|(?:finde|find) "
    rf"(?:[\w']+ ){{0,2}}{_MEANS_DE} (?:[\w']+ )?nicht|{_MEANS_DE} (?:[\w']+ ){{0,2}}nicht "
    rf"(?:mehr )?(?:finden|auffindbar)|{_MEANS_DE} (?:[\w']+ ){{0,3}}(?:liegen ?(?:ge)?lassen|"
    rf"vergessen|rausgefallen|herausgefallen)|(?:karten|konto)daten (?:[\w']+ ){{0,3}}"
    rf"(?:offengelegt|geleakt|kompromittiert|gestohlen)|datenleck\w*|datenpanne\w*)",
    rf"(?:(?:je )?ne sais (?:pas|plus) ou (?:est|sont|se trouve) (?:ma |mon |mes ){_MEANS_FR}|"
    rf"(?<!pas )(?<!jamais )(?:perdu|egare)e? (?:ma |mon |mes )?{_MEANS_FR}|{_MEANS_FR} (?:[\w']+ ){{0,2}}(?:perdu|"
    rf"egare|disparu|introuvable)e?s?|(?:trouve|retrouve)\w* (?:plus|pas) (?:ma |mon |"
    rf"mes )?{_MEANS_FR}|(?:oublie|laisse|fait tomber)e? (?:ma |mon |mes ){_MEANS_FR}|donnees "
    rf"(?:de |bancaires de )?(?:ma |mon )?carte (?:[\w']+ ){{0,3}}(?:exposee|compromise|"
    rf"divulguee|volee)s?|fuite de donnees|violation de donnees)",
    rf"(?:no (?:se|tengo idea de) donde (?:esta|estan) (?:mi |mis ){_MEANS_ES}|"
    rf"(?<!no he )(?<!no )(?:perdi|perdio|perdido|extravie|extravio|extraviado) (?:mi |la |el |mis |"
    rf"las )?{_MEANS_ES}|{_MEANS_ES}s? (?:[\w']+ ){{0,2}}(?:perdid|extraviad|desaparecid)[oa]s?|se me (?:pierde|pierda|perdio|ha perdido) (?:mi |el |la |mis )?{_MEANS_ES}|no "
    rf"(?:encuentro|puedo encontrar|consigo encontrar|logro encontrar) (?:mi |la |el |"
    rf"mis )?{_MEANS_ES}|(?:olvide|deje|se me cayo|(?:me )?he (?:dejado|olvidado)) (?:mi |la |el |mis ){_MEANS_ES}|datos de "
    rf"(?:mi |la )?tarjeta (?:[\w']+ ){{0,3}}(?:expuestos|comprometidos|filtrados|robados)|filtracion de datos|"
    rf"fuga de datos|brecha de (?:datos|seguridad))",
)

# A payment the customer did not make or does not recognise.
UNAUTHORISED: Final = (
    rf"(?:unauthori[sz]ed (?:use|access|{_PAYMENT}|activity)|unauthori[sz]ed|(?<!would have )(?<!would )(?:did ?n[o']?t|never|"
    rf"have ?n[o']?t|did not) (?:make|made(?! (?:the|my|a|it) (?:connection|flight|train|bus|"
    rf"appointment|deadline|cut|team))|authori[sz]e|authori[sz]ed|recogni[sz]e|do|(?<!never )order|"
    rf"purchase|request|sign up for|agree to|give permission|perform|performed|carry out|initiate|"
    rf"initiated|withdraw|withdrew|purchase[ds]?|(?<!never )buy|bought|(?<!never )spend|spent|"
    rf"(?<!never )use|(?<=never )use(?= (?:this|that|the|my|these|those) (?:[\w']+ )?(?:cards?|accounts?))|used)|"
    rf"(?:have ?n[o']?t|has ?n[o']?t|had ?n[o']?t) (?:made|authori[sz]ed|purchased|bought|"
    rf"withdrawn|spent|used|ordered|initiated)|(?:do ?n[o']?t|does ?n[o']?t) (?:know|recogni[sz]e) (?:that|this|the|these|"
    rf"those) (?:name|payment|charge|merchant|company|transaction|withdrawal|debit)s?|"
    rf"(?:do ?n[o']?t|does ?n[o']?t|ca ?n[o']?t|can not|could ?n[o']?t) recogni[sz]e|(?:not|"
    rf"un)recogni[sz]ed|(?:unknown|strange|suspicious|weird|random|odd|unfamiliar|unexplained|"
    rf"questionable|dodgy|shady|fishy|sketchy)(?:[- ]looking)? (?:[\w']+ )?{_PAYMENT}|(?:wasn'?t|was not|were not|weren'?t) (?:me|mine)|not "
    rf"mine|(?:used|accessed|charged|withdrawn) by (?:someone|somebody|a stranger|another person)|"
    rf"{_PAYMENT} (?:[\w']+ ){{0,3}}i (?:do ?n'?t|did ?n'?t|do not|did not) know (?:about|of)|(?:have|got) "
    rf"(?:my|the) card (?:[\w']+ ){{0,2}}(?:but|yet)|card is (?:still )?(?:with me|in my (?:hand|wallet|"
    rf"purse|possession)),? (?:but|yet)|(?:got|gotten|get|getting|gained) (?:hold of|access to) (?:my|our) "
    rf"(?:[\w']+ ){{0,2}}(?:card|card details|details|account|information|info|data|password)|"
    rf"{_PAYMENT} (?:[\w']+ ){{0,5}}i (?:have|'ve got|have got) no (?:idea|clue|knowledge) (?:about|"
    rf"of)|i know nothing about (?:th\w+ |my )?(?:[\w']+ )?{_PAYMENT}|"
    rf"clon(?:ed|e|ing)|skimm(?:ed|er|ing)|(?:someone|somebody|some one|a stranger|another person|a third party) "
    rf"(?:[\w']+ ){{0,4}}(?:used|using|charged|made|withdrawn|withdrew|accessed|got into|spent|gained access|"
    rf"gotten access|got access)|"
    rf"without (?:my )?(?:permission|consent|authori[sz]ation|knowledge|approval|agreement)|no (?:written )?consent|"
    rf"una?t?hori[sz]ed|(?:do ?n[o']?t|does ?n[o']?t|did ?n[o']?t|ca ?n[o']?t|can not|do not|did "
    rf"not) (?:remember|recall) (?:[\w']+ ){{0,2}}(?:making|doing|initiating|authori[sz]ing|"
    rf"withdrawing|taking|spending|paying|ordering|buying|purchasing|setting|agreeing|approving|it|them|this|"
    rf"that)|(?:do ?n[o']?t|do not) (?:remember|recall|recogni[sz]e)(?=\s*(?:[.!?,;]|$))|(?:i'?m|i am) not "
    rf"recogni[sz]ing|not "
    rf"authori[sz]ed by me|not (?:made|done|initiated) by me|(?:but|however,?|even though|though|although) i (?:did ?n[o']?t|did "
    rf"not|never)(?: (?:do|make|complete|take|withdraw|get|authori[sz]e) (?:it|that|this|one|"
    rf"them|any))?(?=\s*(?:[.!?,;]|$))|(?:do ?n[o']?t|do not) know what (?:this|that|these|the) "
    rf"(?:[\w']+ ){{0,3}}{_PAYMENT}|"
    rf"(?:is ?n'?t|is not|are ?n'?t|are "
    rf"not|was ?n'?t|was not) (?:me|mine|ours)|(?:i'?m|i am) not responsible for|"
    rf"(?:did ?n[o']?t|did not|never) (?:actually |even )?(?:make|create|set up|setup|approve|"
    rf"take out|withdraw)|(?:cash|money|funds|withdrawals?) (?:that )?i (?:did ?n[o']?t|did not|"
    rf"never) (?:get|receive|take out|take|put there|deposit)|(?:have|had) never (?:heard of|been "
    rf"to)|never seen (?:it |this |that |them |these |those )?before|"
    rf"where (?:this|that|the|these|a|an) (?:[\w']+ ){{0,5}}(?:came|come|is coming|are coming) "
    rf"from|"
    rf"(?:suspicious|fishy|unusual|unrecogni[sz]ed|unfamiliar) (?:[\w']+ )?(?:spending|activity|"
    rf"withdrawal|charge|payment|transaction|debit)s?|(?:looks?|seems?) (?:suspicious|fishy)|"
    rf"(?:someone|somebody|some one|a stranger) (?:[\w']+ ){{0,4}}(?:taking (?:money|cash|funds)|"
    rf"took (?:money|cash|funds)|is using|has been using|withdrawing|draining|emptying)|"
    rf"(?:someone|somebody) (?:else|besides me|other than me) (?:[\w']+ ){{0,3}}(?:ordered|"
    rf"bought|paid|made))",
    rf"(?:(?:habe|hab) (?:keine|keinen) (?:zahlung|abbuchung|kauf|uberweisung|abhebung)\w* (?:[\w']+ )?(?:gemacht|"
    rf"getatigt|veranlasst)|nicht zuordnen|"
    rf"(?:zahlung|abbuchung|buchung|transaktion|abhebung)\w*,? (?:[\w',]+ ){{0,5}}(?:von denen|von der|wovon) "
    rf"ich (?:nichts weiss|keine ahnung habe)|(?:an|auf) (?:meine|meinen) (?:karten|konto|bank)\w* "
    rf"(?:[\w']+ )?(?:gekommen|zugegriffen)|(?:habe|hab) (?:meine|die) karte (?:noch|bei mir)\w*,? aber|"
    rf"(?:die|das|den) ich (?:[\w']+ ){{0,3}}nicht (?:selbst )?(?:gemacht|getatigt|veranlasst|gekauft|bestellt|abgehoben|"
    rf"ausgegeben)|weder gemacht noch "
    rf"(?:genehmigt|autorisiert)|"
    rf"(?:nicht |un)autorisiert\w*|nicht genehmigte\w*|(?<!wurde )(?<!wurden )nicht genehmigt(?! \w)|unberechtigt\w*|unerlaubt\w*|(?:habe|hab|"
    rf"hatte|haben) (?:ich |wir )?(?:[\w']+ ){{0,3}}(?:nicht|nie|niemals) (?:getatigt|gemacht|"
    rf"autorisiert|veranlasst|genehmigt|bestellt|gekauft|durchgefuhrt|beauftragt|erlaubt|"
    rf"zugestimmt|unterschrieben)|(?:die|den|das|welche) ich (?:[\w']+ ){{0,2}}(?:nicht|nie|"
    rf"niemals) (?:kenne|erkenne|zuordnen|getatigt|gemacht|autorisiert|veranlasst|bestellt|"
    rf"genehmigt)\w*|(?:kenne|erkenne) ich (?:[\w']+ ){{0,2}}nicht|erkenne (?:[\w']+ ){{0,2}}nicht|"
    rf"kenne (?:diese|den|die|das|dieses|diesen) {_PAYMENT_DE} nicht|(?:nicht|nie) (?:von mir|"
    rf"getatigt|veranlasst)|das (?:war|waren) (?:ich|wir) nicht|(?:das|es) war nicht ich|ich war "
    rf"(?:das|es) nicht|(?:ist|sind|war) nicht (?:meins|meines)|(?:unbekannt|verdachtig|seltsam|"
    rf"merkwurdig|komisch|fremd|unerklarlich|dubios)\w* (?:[\w']+ )?{_PAYMENT_DE}|geklont\w*|ohne "
    rf"(?:mein\w* )?(?:erlaubnis|zustimmung|genehmigung|einwilligung|wissen|autorisierung)|(?:jemand|eine andere "
    rf"person|ein fremder|eine fremde person) "
    rf"(?:anderes |fremdes )?(?:[\w']+ ){{0,4}}(?:benutzt|verwendet|genutzt|nutzt|abgebucht|"
    rf"abgehoben|ausgegeben|bezahlt|eingekauft|belastet|getatigt|zugegriffen|zugriff (?:auf|zu)|zugang zu|"
    rf"(?:ran|heran|dran)gekommen)|"
    rf"jemand hat(?! sich)|(?:benutzt|verwendet|nutzt) jemand (?:anderes |fremdes )?meine?n? (?:karte|"
    rf"kreditkarte|konto)|"
    rf"(?:kann|konnte) mich (?:[\w']+ ){{0,2}}nicht (?:daran )?erinnern|(?:an die|an den|an das|"
    rf"woran) ich mich (?:[\w']+ )?nicht erinnere|ich erinnere mich nicht (?:an|daran)|noch nie (?:[\w']+ "
    rf"){{0,3}}gehort|war (?:noch )?nie (?:in|an|bei|dort)\b|(?:ist|sind|war|waren) nicht (?:von )?(?:mir|uns)|(?:habe|hab|hatte) "
    rf"(?:ich )?(?:[\w']+ ){{0,3}}(?:nicht|nie) (?:abgehoben|eingerichtet)|woher (?:diese|dieser|dieses|die|der|das) (?:[\w']+ ){{0,4}}"
    rf"(?:kommt|kommen|stammt|stammen)|(?:verdachtig|ungewohnlich|seltsam|fragwurdig)\w* "
    rf"(?:[\w']+ )?(?:aktivitat|ausgabe|abhebung|abbuchung|zahlung|transaktion|umsatz)\w*|"
    rf"(?:aber|obwohl) (?:ich )?(?:habe |hab )?(?:ich )?(?:das |es |sie |ihn )?(?:nicht|nie)"
    rf"(?: (?:getan|gemacht|abgehoben))?(?=\s*(?:[.!?,;]|$))|weiss (?:[\w']+ ){{0,2}}nicht,? "
    rf"(?:was|woher) (?:diese|dieser|dieses|die|der|das) (?:[\w']+ )?{_PAYMENT_DE})",
    rf"(?:n'ai (?:fait|effectue) aucun (?:paiement|achat|retrait|virement)|mis la main sur (?:mes|ma|mon)|"
    rf"j'ai (?:toujours|encore) ma carte(?: sur moi| avec moi)?,? mais|ma carte est (?:toujours )?(?:avec "
    rf"moi|sur moi),? mais|(?:paiement|prelevement|operation|transaction|retrait|debit)s? "
    rf"(?:[\w',]+ ){{0,5}}dont je (?:n'ai aucune idee|ne sais rien|n'ai jamais entendu parler)|non (?:autorise|reconnu|sollicite)\w*|(?:je |j')?n'?(?:ai|avons) (?:jamais|pas|rien) "
    rf"(?:fait|effectue|autorise|realise|commande|valide|achete|accepte|initie|donne mon accord|"
    rf"signe)\w*|n\'ai pas demande\w*|j'ai (?:jamais|pas) (?:fait|effectue|autorise|realise|"
    rf"commande|valide|achete|accepte)\w*|(?:ne )?(?:les |la |le |l')?(?:reconnais|reconnait|"
    rf"reconnaissons) (?:pas|absolument pas)|(?:ne )?connais pas (?:ce|cet|cette|ces) "
    rf"(?:commercant|marchand|nom|societe|entreprise|{_PAYMENT_FR})|(?:inconnu|suspect|bizarre|"
    rf"etrange|douteu|louche|inexplique)\w* (?:[\w']+ )?{_PAYMENT_FR}|{_PAYMENT_FR} "
    rf"(?:[\w']+ )?(?:inconnu|suspect|bizarre|etrange|douteu|louche|inexplique|frauduleu)\w*|"
    rf"(?:commercant|marchand|beneficiaire|societe|entreprise|nom)s? inconnue?s?|(?:ce n'est|ce "
    rf"n'etait|c'est|c'etait|ca n'est) pas moi|pas moi qui|(?:n'est|ne sont|c'est) pas (?:le mien|"
    rf"la mienne|les miens|les miennes|a moi(?! d))|clon(?:e|ee|es|ees|age)|sans (?:mon |ma |"
    rf"mes )?(?:autorisation|consentement|permission|accord|aval|connaissance)|a mon insu|"
    rf"(?:quelqu'?un (?:d'autre )?|une autre personne |une? inconnue? )(?:[\w']+ ){{0,4}}(?:utilise|utilisait|retire|retrait|pris|depense|achete|"
    rf"accede|paye|debite|preleve|servi(?!ce)|se sert)\w*(?! ?@)|(?:je )?ne (?:me )?(?:souviens|rappelle) "
    rf"pas|(?:jamais|(?:je n'ai|j'ai|n'ai) pas) (?:entendu parler|mis en place|retire)|(?:je )?ne suis "
    rf"jamais (?:alle|allee|venu|venue) (?:dans|a|chez)|d'ou (?:vient|"
    rf"viennent|provient|proviennent) (?:ce|cet|cette|ces|le|la|les)\b|(?:activite|depense|operation|transaction|retrait|"
    rf"prelevement|paiement)s? (?:[\w']+ )?(?:inhabituel|suspect|anormal|louche)\w*|"
    rf"(?:je ne suis|je n'en suis) pas (?:responsable|l'auteur)|ne pas (?:en )?etre l'auteur|ni fait ni autorise\w*|(?:mais|alors que|pourtant) "
    rf"(?:je ne l'ai|je n'ai|je ne les ai) (?:pas|jamais|rien)(?: (?:fait|effectue|retire))?"
    rf"(?=\s*(?:[.!?,;]|$))|(?:je )?ne sais pas (?:ce que|d'ou vient|d'ou viennent|a quoi "
    rf"correspond) (?:est )?(?:ce|cet|cette|ces) (?:[\w']+ )?{_PAYMENT_FR})",
    rf"(?:no haber(?:lo|la)? (?:hecho|realizado) yo|(?:se ha hecho|se haya hecho|se hizo|se han hecho) con (?:mis|los) "
    rf"datos|tengo (?:la|mi) tarjeta(?: conmigo)?,? pero|"
    rf"(?:pago|cargo|movimiento|transaccion|transacciones|cobro|retiro)s? (?:[\w',]+ ){{0,5}}(?:de los "
    rf"que|de las que|sobre los que) no (?:tengo ni idea|tengo idea|se nada)|"
    rf"no (?:autorizad|reconocid|consentid)[oa]s?|(?:yo )?(?:no|nunca|jamas) (?:lo |la |los |"
    rf"las |les )?(?:he |hemos )?(?:hecho|hice|hicimos|realizado|realice|reconozco|reconocemos|conozco|"
    rf"reconoci|autorizado|autorice|autorizo|autorizamos|comprado|compre|pedido|pedi|contratado|"
    rf"contrate|dado permiso|di permiso|efectuado|efectue|aceptado|acepte|firmado|firme)|"
    rf"(?:sospechos|extran|rar|dudos|inexplicabl)\w* (?:[\w']+ )?{_PAYMENT_ES}|{_PAYMENT_ES} "
    rf"(?:[\w']+ )?(?:sospechos|extran|rar|dudos|fraudulent|desconocid)\w*|(?:comercio|empresa|"
    rf"beneficiario|remitente|nombre)s? desconocid[oa]s?|no (?:fui|fuimos) yo|no (?:es|son|era|"
    rf"eran) (?:mio|mia|mios|mias)|clonad[oa]s?|clonaron|clonacion|clonar|sin (?:mi )?(?:permiso|"
    rf"autorizacion|consentimiento|conocimiento)|a mis espaldas|(?:alguien|otra persona|una? desconocid[oa]) (?:mas |"
    rf"ajeno )?(?:[\w']+ ){{0,3}}(?:usado|uso|usa|utiliza|utilizo|utilizado|utilizando|usando|"
    rf"retiro|retirado|sacar|retirar|gastar|sacado|saco|cargado|cargo|gastado|gasto|compro|comprado|accedio|accedido|acceder|tenido acceso|acceso a|"
    rf"entro|entrado)(?! ?@)|no (?:me )?(?:acuerdo|recuerdo)|(?:nunca|jamas) (?:he |habia )?"
    rf"(?:oido hablar|retirado|configurado|estado en)|de donde (?:viene|vienen|sale|salen|"
    rf"proviene|provienen) (?:este|esta|estos|estas|ese|esa|el|la|los|las)\b|(?:actividad|gasto|movimiento|retiro|cargo|pago|transaccion)(?:es|s)? "
    rf"(?:[\w']+ )?(?:inusual|sospechos|anormal|rar)\w*|no (?:soy|somos) (?:responsable|"
    rf"el autor|la autora)|no (?:lo |la )?(?:retire|saque|configure)|(?:que )?(?:yo )?no he (?:sacado|retirado|gastado)|(?:pero|aunque|sin "
    rf"embargo) (?:yo )?no (?:lo |la )?(?:hice|he hecho|fui yo|realice|retire)(?=\s*(?:[.!?,;]|$))|"
    rf"no (?:se|sabemos) (?:que|de que|de donde|a que corresponde) (?:es |son |viene |vienen )?"
    rf"(?:este|esta|estos|estas|ese|esa) (?:[\w']+ )?{_PAYMENT_ES})",
)

# Fraud and scams done to the customer ("a scam" alone is an insult, as in English).
FRAUD: Final = (
    r"(?:fraud(?:ulent|ulently|ster|sters)?|scam(?:med|mer|mers)|phishing|spoof(?:ed|ing)?|"
    r"cheat(?:ed|ing) (?:me|us)|cheaters?|cheat (?:company|bank|business))",
    r"(?:betrug\w*|betrog\w*|betruger\w*)",
    r"(?:(?<!repression des )fraude\w*|fraudu\w*|arnaque(?:e|ee|ees|r|ur|urs|use|uses)|escroc\w*|escroqu\w*|"
    r"hameconnage)",
    r"(?:estafad[oa]s?|estafador\w*|estafaron|estafo|estafar\w*|fraudulent[oa]s?|timad[oa]s?|"
    r"timador\w*|timaron)",
)

# Accounts or credit opened in the customer's name: identity theft.
IDENTITY_THEFT: Final = (
    r"(?:identity theft|(?:stolen|stole|took|taken|using|used|misused) "
    r"(?:my )?(?:personal )?(?:identity|information|info|social security|social|ssn|data|details)|"
    r"stolen identity|identity (?:was |has been )?stolen|victim of identity|(?:opened|taken out|"
    r"applied for|open) (?:[\w']+ ){0,3}in my name|(?:i'?ve|i have|i) never applied for|i (?:did ?n'?t|did "
    r"not) apply for|in my name|(?:accounts?|inquir(?:y|ies)|loans?|"
    r"debts?) (?:that |which )?(?:are|is|was|were) (?:not|n'?t) (?:mine|my own)|i (?:never|"
    r"did ?n[o']?t|did not) (?:open|opened|apply|applied)(?! (?:it|the box|the package)))",
    r"(?:id theft|(?:do|does|did) ?n[o']?t belong to me|(?:accounts?|items?|inquir(?:y|ies)|"
    r"entries|debts?|bankruptcy) (?:[\w']+ ){0,3}(?:not mine|i (?:did ?n[o']?t|never) "
    r"(?:open|authori[sz]e|initiate|apply for))|victim of (?:[\w']+ ){0,2}(?:trafficking|fraud))",
    r"(?:(?:gehort|gehoren) nicht mir|nicht mir gehor\w*|ne m'appartien\w* pas|no me pertenec\w*|opfer (?:[\w']+ ){0,3}(?:menschenhandel|identitatsdiebstahl)\w*|identitatsdiebstahl\w*|identitatsbetrug\w*|identitatsmissbrauch\w*|(?:identitat|"
    r"personalien|personliche\w* daten|daten) (?:[\w']+ ){0,2}(?:gestohlen|missbraucht|geklaut)|"
    r"missbrauch meiner (?:daten|identitat|personalien)|(?:in|unter|auf) meinem namen|auf meinen "
    r"namen|(?:mit|unter) meinen (?:personlichen )?daten (?:[\w']+ ){0,3}(?:eroffnet|abgeschlossen|"
    r"aufgenommen|beantragt|bestellt)|(?:konto|konten|kredit\w*|darlehen|schulden|vertrag|vertrage|"
    r"kreditkarte)\w* (?:[\w']+ ){0,2}(?:ist |sind |war |waren )?(?:nicht|gar nicht) (?:meins|"
    r"meines|meine|meiner|von mir)|(?:nie|niemals) (?:[\w']+ ){0,2}(?:beantragt|eroffnet)|(?:habe|"
    r"hab|haben) (?:[\w']+ ){0,3}nicht (?:beantragt|eroffnet))|(?:kredit)?(?:anfragen|konten),? (?:[\w']+ ){0,4}(?:die "
    r"ich )?(?:weder|nicht) veranlasst",
    r"(?:victime (?:[\w']+ ){0,3}(?:traite|vol d'identite|usurpation)|(?:usurpation|vol) d'?identite|(?:vole|usurpe|pirate|utilise|pris)\w* (?:[\w']+ )?(?:mon "
    r"identite|mes (?:donnees|informations|coordonnees|renseignements) personnelles)|(?:a|sous) "
    r"mon nom|(?:ouvert|cree|contracte|souscrit|demande)\w* (?:[\w']+ ){0,3}en mon nom|(?:compte|credit|pret|dette|carte|contrat)s? (?:[\w']+ ){0,2}(?:n'est|ne sont|"
    r"n'etait|n'etaient|est|sont) pas (?:le mien|la mienne|les miens|les miennes|a moi)|(?:n'ai|n'avons|ne l'ai|ne les ai) jamais "
    r"(?:[\w']+ )?(?:demande|sollicite|souscrit|ouvert)\w*|n'ai pas (?:sollicite|souscrit)\w*|"
    r"(?:jamais|pas) (?:[\w']+ )?ouvert (?:de |ce |cet |cette |ces |aucun |un |une )?(?:comptes?|"
    r"credits?|cartes?|prets?|contrats?)|(?:demandes|comptes) (?:de credit )?que je n'ai (?:ni faites|pas "
    r"faites|jamais faites|pas demandees)|(?:je )?ne suis pas a l'origine (?:de|des))",
    r"(?:victima (?:[\w']+ ){0,3}(?:trata|robo de identidad|suplantacion)|(?:robo|suplantacion|usurpacion) de identidad|(?:suplant|usurp|rob)\w* (?:mi |"
    r"la )?identidad|(?:robado|robaron|robo|usurpado|usurparon|suplantado|suplantaron|utilizado|"
    r"usado|uso|utilizo) (?:[\w']+ )?(?:mi identidad|mis datos|mi informacion)|a mi nombre|(?:abiert|"
    r"cread|solicitad|contratad|sacad|pedid)\w* (?:[\w']+ ){0,3}en mi nombre|"
    r"(?:cuenta|prestamo|deuda|credito|tarjeta|contrato)s? (?:[\w']+ ){0,2}no (?:es|son|era|eran) "
    r"(?:mia|mio|mias|mios)|(?:nunca|jamas) (?:he |la |lo |los |las )?(?:solicitado|solicite|"
    r"abierto|abri|contratado|contrate)|(?:consultas|cuentas) (?:de credito )?que (?:yo )?no (?:inicie|"
    r"solicite|abri)|no (?:he )?(?:solicitado|solicite|abierto|abri) (?:esta|"
    r"esa|estas|esas|ninguna|ningun|dicha|dicho|la|el|una|un) (?:cuentas?|tarjetas?|prestamos?|"
    r"creditos?|lineas?))",
)

# Someone else holds the account: hacked, compromised. (A company's data breach puts details out of
# the customer's hands, but nobody is in their account: that is `LOST_MEANS`.)
HACKED: Final = (
    r"(?:hack(?:ed|er|ers)|compromised|someone (?:logged|log|got|broke) "
    r"in(?:to)?)",
    r"(?:(?:gehackt\w*|hackern?|eingehackt|kompromittiert\w*)|(?:jemand|"
    r"fremde?r?|unbekannte?r?) (?:hat |haben )?sich (?:[\w']+ ){0,4}(?:eingeloggt|eingehackt|"
    r"angemeldet|zugang verschafft|zugriff verschafft))",
    r"(?:(?:pirat\w*|compromis(?:e|es)?)|(?:s'est|se sont) "
    r"(?:connecte|introduit)s? (?:[\w']+ ){0,2}(?:mon|ma) (?:compte|espace))",
    r"(?:hacke(?:ad[oa]s?|o|aron|ron)|jaquead[oa]s?|comprometid[oa]s?|(?:cuenta|tarjeta|datos) (?:[\w']+ )?vulnerad[oa]s?)",
)

# Money the customer is owed or cannot reach: held, frozen, not refunded, not released.
MONEY_HELD: Final = (
    r"(?:(?:funds?|money|deposits?|checks?|cheques?|paychecks?|refunds?|balance|pension|benefits|"
    r"wages|salary) "
    r"(?:[\w']+ ){0,3}(?:on hold|held|frozen|withheld|not (?:been )?released|locked)|(?:put|"
    r"placed) (?:a |an )?(?!on )(?:[\w']+ )?hold|hold on (?:my )?(?:funds|money|deposit|account|check|"
    r"cheque)|(?:will ?n[o']?t|wo ?n[o']?t|refuse[ds]? to|would ?n[o']?t|did ?n[o']?t|not) "
    r"(?:release|return|refund|give (?:me )?back|pay (?:me )?back|reimburse)|fro[sz]e "
    r"(?:my )?(?:account|funds|money|card)|(?:never|still (?:have ?n[o']?t|not|no|waiting for)|"
    r"have ?n[o']?t) (?:[\w']+ ){0,2}(?:refund(?:ed)?|reimburse(?:d|ment)?|my money back|credited)|(?:holding|"
    r"withholding|withheld|froze|freezing) (?:onto |on to )?(?:my|our) (?:[\w']+ )?(?:deposit|"
    r"check|cheque|funds|money|paycheck|wages|salary|payment|transfer|pension)s?|"
    r"(?:no|without a) refund|refunds? (?:[\w']+ ){0,2}(?:not|never) (?:[\w']+ )?(?:returned|"
    r"received|processed|arrived|came|come|showed|shown|credited)|still waiting "
    r"(?:[\w']+ ){0,2}(?:refund|money|reimbursement)|not (?:been )?refunded|owe[sd]? me)",
    r"(?:(?:geld|guthaben|betrag|zahlung|uberweisung|einzahlung|scheck|gehalt|lohn|rente|pension)\w* "
    r"(?:[\w']+ ){0,3}(?:eingefroren|einbehalten|zuruckgehalten|blockiert|festgehalten)|"
    r"(?:(?<!bildschirm ist )(?<!bildschirm )(?<!display ist )(?<!app ist )(?<!handy ist )"
    r"eingefroren|einbehalten)|(?:(?:immer noch|noch immer) )?(?:nicht|nie|noch nicht|niemals) "
    r"(?:[\w']+ ){0,2}(?:(?:zuruck)?erstatt\w*|zuruckgezahlt|zuruckzahlen|zuruckgeben|"
    r"zuruckbekommen|zuruckuberwiesen|gutgeschrieben|freigegeben|freigeben|ausgezahlt|auszahlen)|"
    r"(?:weigern|weigert|weigerten) sich,? (?:[\w']+ ){0,4}(?:zu )?(?:erstatten|zuruckzuzahlen|"
    r"zuruckzugeben|freizugeben|auszuzahlen)|(?:keine|ohne) (?:ruck)?erstattung|(?:geben|gibt|"
    r"gebt) (?:[\w']+ ){0,3}nicht (?:mehr )?frei|schulde[nt] mir|(?:warte|warten) (?:immer noch|"
    r"noch immer|noch) (?:[\w']+ ){0,3}(?:meine |die |mein )?(?:ruckerstattung|erstattung|geld|"
    r"gutschrift)|(?:erstattung|ruckerstattung|gutschrift|ruckzahlung)\w* (?:kam|kamen) (?:[\w']+ "
    r"){0,2}(?:nie|nicht) an|(?:erstattung|ruckerstattung|gutschrift|ruckzahlung)\w* (?:ist|sind) "
    r"(?:[\w']+ )?(?:nie|nicht|noch nicht) (?:[\w']+ ){0,3}angekommen|(?:halt|halten|hielt|hielten) (?:meine?n?|unsere?n?|das|die|den) "
    r"(?:einzahlung|scheck|geld|gehalt|lohn|rente|uberweisung|guthaben)\w* (?:[\w']+ ){0,3}zuruck)",
    r"(?:(?:fonds|argent|virement|cheque|depot|solde|somme|salaire|pension|retraite|allocation)s? "
    r"(?:[\w']+ ){0,3}(?:bloque|"
    r"gele|retenu|immobilise|suspendu)\w*|(?:pas|jamais|toujours pas|aucun) "
    r"(?:[\w']+ ){0,2}(?:ete )?(?:rembours|recredit|restitu|debloqu)\w*|(?:aucun|sans|pas de) "
    r"remboursement|refus\w* de (?:me |nous )?(?:rembourser|restituer|debloquer|rendre|liberer|"
    r"verser)|attends? (?:toujours|encore) (?:[\w']+ ){0,3}(?:mon |le |un |"
    r"du )?(?:remboursement|argent)|(?:me|nous) (?:doit|doivent|devez)|remboursement (?:[\w']+ )?"
    r"n'(?:est|a) (?:jamais|toujours pas|pas) (?:ete )?(?:arrive|recu|verse|credite)\w*|(?:bloque|bloquent|retient|"
    r"retiennent|gele|gelent|garde|gardent) (?:mon|ma|mes|notre|nos) (?:depot|cheque|argent|fonds|"
    r"salaire|virement|pension|retraite)s?)",
    r"(?:(?:dinero|fondos|cheque|deposito|saldo|reembolso|transferencia|sueldo|nomina|pension|"
    r"prestacion|salario) "
    r"(?:[\w']+ ){0,3}(?:retenid|bloquead|congelad|inmovilizad)\w*|(?:(?:todavia|"
    r"aun) )?(?:no|nunca) (?:me |nos )?(?:lo |la )?(?:han |ha )?(?:devuelto|reembolsado|abonado|"
    r"reintegrado|devuelven|reembolsan)|no (?:me |nos )?(?:quisieron|quieren|quiere|quiso) "
    r"(?:[\w']+ )?(?:devolver|reembolsar|liberar|abonar|reintegrar)\w*|se (?:niegan|nego|negaron|"
    r"niega) a (?:devolver|reembolsar|liberar|abonar)\w*|(?:todavia|aun|sigo esperando|sigo sin) "
    r"(?:[\w']+ ){0,2}(?:reembolso|devolucion|mi dinero)|(?:sin|ningun|ni un) reembolso|"
    r"(?:me|nos) (?:deben|debe)|(?:reembolso|devolucion) (?:[\w']+ )?(?:nunca|todavia no|aun no) "
    r"(?:me |nos )?(?:ha )?(?:llego|llegado|aparecio|aparecido)|(?:retiene|retienen|retuvo|retuvieron|congelo|congelaron|bloqueo|"
    r"bloquearon) (?:mi|mis|nuestro|nuestros|el|los) (?:deposito|cheque|dinero|fondos|sueldo|"
    r"salario|transferencia|pension)s?)",
)

# The customer cannot get in: lock-outs, blocked or closed accounts, lost second factors.
LOCKED_OUT: Final = (
    r"(?:(?:unblock|unlock) (?:my |the )?(?:pin|account|card)|(?:pin|account|card) (?:[\w']+ )?"
    r"(?:unlocked|unblocked)|(?:wrong|incorrect) (?:pin|password|"
    r"passcode) (?:[\w']+ ){0,3}(?:too many|several|multiple) times|(?:pin|password|passcode) "
    r"(?:[\w']+ ){0,2}(?:not (?:being )?accepted|does ?n'?t work|is ?n'?t working)|"
    r"locked out|lock(?:ed)? (?:my|me out of)|(?:ca ?n[o']?t|can not|cannot|unable to|"
    r"could ?n[o']?t|not able to) (?:log|sign) ?(?:in|on)|(?:ca ?n[o']?t|can not|cannot|unable to|"
    r"could ?n[o']?t|not able to) (?:get into|access) (?:my|the) (?:account|app|money|funds)|"
    r"(?:lost|lose|no longer have|do ?n'?t have|not (?:getting|receiving|get|receive)|never "
    r"(?:got|get|received|receive)|did ?n'?t (?:get|receive)|ca ?n'?t (?:get|receive|find)) "
    r"(?:[\w']+ ){0,3}(?:2fa|two[- ]factor|two[- ]step|verification|authenticat\w+|security|sms|"
    r"login) (?:code|device|phone|app)s?|(?:2fa|two[- ]factor|two[- ]step|verification|"
    r"authenticat\w+|security|sms) codes? (?:[\w']+ ){0,3}(?:lost|not (?:working|arriving|coming|"
    r"accepted)|never (?:came|arrived|comes)|does ?n'?t (?:work|arrive|come))|"
    r"(?:account|card|pin) (?:[\w']+ )?(?:is |was |has been |got |been )?(?:locked|blocked|"
    r"suspended|restricted|disabled|deactivated|closed|frozen)|(?:blocked|suspended|restricted|"
    r"closed|disabled|froze) (?:my|his|her|our|their) (?:account|card))",
    r"(?:(?:pin|karte|konto) (?:[\w']+ ){0,2}entsperr\w*|entsperr\w* (?:[\w']+ ){0,2}(?:pin|karte|"
    r"konto)|(?:konto|karte|zugang|account|pin|onlinebanking|app)\w* (?:[\w']+ ){0,2}(?:gesperrt|"
    r"blockiert|deaktiviert|eingeschrankt|eingefroren)|ausgesperrt|(?:(?:bestatigungs|"
    r"verifizierungs|sicherheits|authentifizierungs|sms-?)code\w*|(?:zwei|2)-faktor\w*) (?:[\w']+ "
    r"){0,3}(?:verloren|kommt nicht|nicht (?:erhalten|bekommen|angekommen)|funktioniert nicht)|"
    r"(?:keinen?|nie einen?) (?:[\w']+ )?(?:bestatigungs|verifizierungs|sicherheits|"
    r"authentifizierungs|sms-?)code\w* (?:[\w']+ ){0,2}(?:erhalten|bekommen)|(?:kann|konnte|konnen) mich "
    r"(?:[\w']+ ){0,2}nicht (?:mehr )?(?:anmelden|einloggen)|(?:kann mich nicht|komme nicht) "
    r"(?:mehr )?(?:anmelden|einloggen|rein)|(?:komme|kommen) (?:[\w']+ )?nicht (?:mehr )?(?:in|an) "
    r"(?:mein|meine|das|unser)|(?:kein|keinen) zugriff (?:mehr )?auf (?:mein|meine|das|unser))",
    r"(?:debloquer (?:mon|ma|le|la) (?:code|carte|compte)|"
    r"(?:compte|carte|acces|code)s? (?:[\w']+ ){0,2}(?:bloque|suspendu|ferme|desactive|"
    r"gele)(?:e|es|s)?|(?:bloque|suspendu|ferme|desactive|gele)(?:e|es|s)? (?:[\w']+ )?(?:mon|ma|son|sa|notre|leur) "
    r"(?:compte|carte)|(?:impossible d[e']|(?:ne )?(?:peux|pouvons|arrive|arrivons|parviens) "
    r"(?:pas|plus) (?:a |d')?)(?:me |m')?(?:connecter|identifier|acceder|loguer|logger)|(?:pas|jamais|aucun) "
    r"(?:[\w']+ ){0,2}(?:le |de |un )?code (?:de verification|de confirmation|de securite|"
    r"d'authentification|sms)|code (?:de verification|de confirmation|de securite|"
    r"d'authentification|sms) (?:[\w']+ ){0,3}(?:perdu|n'arrive pas|ne marche pas|ne fonctionne "
    r"pas|jamais recu|pas recu)|"
    r"(?:pas|plus|aucun) acces (?:a |au )(?:mon|ma|mes|l'app\w*|l'espace))",
    r"(?:desbloque\w* (?:[\w']+ ){0,2}(?:pin|nip|tarjeta|cuenta|clave)|"
    r"(?:mi |la )?(?:cuenta|tarjeta|acceso) (?:[\w']+ )?(?:bloquead|suspendid|cerrad|desactivad|"
    r"congelad)\w*|(?:bloquearon|bloqueo|suspendieron|cerraron|congelaron|desactivaron|(?:han |ha )?(?:bloqueado|"
    r"congelado|suspendido|cerrado)) (?:mi|la|su|nuestra) "
    r"(?:cuenta|tarjeta)|(?:no|ya no) (?:puedo|podemos|consigo|logro|me deja|me dejan) "
    r"(?:[\w']+ )?(?:entrar|acceder|iniciar|ingresar|loguear)|(?:no|nunca) (?:me )?(?:llega|llego|"
    r"ha llegado|recibo|recibi|he recibido) (?:el |ningun )?codigo|codigo de (?:verificacion|"
    r"seguridad|confirmacion|autenticacion) (?:[\w']+ ){0,3}(?:perdi|no (?:llega|funciona|me "
    r"llega))|perdi (?:[\w']+ ){0,3}(?:codigo|doble factor)|(?:no tengo|sin) acceso a (?:mi|la|mis))",
)

# The harm is still going on: more charges, new accounts, a card to stop now.
ONGOING: Final = (
    r"(?:(?:alert|e-?mail|notification)s? (?:[\w']+,? ){0,6}new (?:hard |credit |hard credit )?(?:inquir(?:y|ies)|accounts?|"
    r"applications?)|trying to (?:continue to )?open|open(?:ing)? (?:even )?more accounts|"
    r"(?:several|multiple|some|a few|few|many|two|three|numerous|a couple of|a couple) "
    r"(?:(?!late |missed |monthly |on-time |minimum |loan |mortgage )[\w']+ )?(?:charges|"
    r"transactions|payments|withdrawals|purchases|debits)|(?:charges|transactions|payments|"
    r"withdrawals|purchases|debits) (?:[\w']+ ){0,4}(?:i did ?n'?t|i have ?n'?t|i haven'?t|i "
    r"never|not mine|i do ?n'?t recogni[sz]e|i (?:have|'ve got|have got) no (?:idea|clue) (?:about|of)|i know "
    r"nothing about)|(?:someone|somebody) (?:[\w']+ )?just|(?<!\bi )(?<!\bwe )just "
    r"(?:made|took|withdrew|charged|used|spent)|clon(?:ed|e|ing)|copy of my card|my (?:card|card details|card number) (?:has been |have been |was |were |got |been )?copied|copied my card|skimm\w*|"
    r"(?:fraudulent|suspicious|unauthori[sz]ed) (?:activity|charges|transactions|payments) on "
    r"my (?:[@\w']+ ){0,2}(?:card|account)|new (?:hard |credit |hard credit )?(?:inquir(?:y|ies)|accounts?|"
    r"applications?|loans?) (?:[\w']+ ){0,4}(?:today|this (?:morning|week)|just|yesterday))",
    r"(?:(?:still (?:happening|being (?:charged|taken|used|opened)|charging|taking|opening|"
    r"appearing|coming in|using)|keeps? (?:happening|charging|taking|appearing|coming|using|opening)|more "
    r"(?:charges|transactions|payments|withdrawals|money|accounts keep)|(?:another|new) "
    r"(?:charges?|transactions?|withdrawals?|fraudulent accounts?)|(?:another|a new) one "
    r"(?:[\w']+ )?(?:appeared|showed up|popped up)|(?:stop|prevent|block) "
    r"(?:[\w']+ ){0,3}(?:more|further|any more|another|other)|further (?:use|charges|transactions|"
    r"withdrawals)|(?:stop|block|cancel|freez(?:e|ing)|lock) (?:my|the|this) (?:card|account)|"
    r"right now|as we speak|just now|(?:few|\d+) (?:hours|minutes) ago|(?:someone|somebody|they) "
    r"(?:is|are|'s|keeps?) (?:taking|withdrawing|spending|using|charging|draining|stealing)|(?:card|"
    r"account|details) (?:is|are) (?:still )?being used|just (?:a |an |been (?:a |an )?)(?:withdrawal|"
    r"charge|payment|transaction|purchase|transfer)|(?:want|need|like|have|get) (?:my|the|this) (?:card|"
    r"account) (?:frozen|blocked|locked|cancel+ed|stopped|suspended)|(?:place|put) a (?:freeze|hold|"
    r"block) on (?:my|the) (?:card|account)|freeze (?:it|them) (?:immediately|now|right away|asap|for me)|(?:continues|continuing|(?:is|are|"
    r"keeps?) trying) to (?:open|use|charge|take)|still (?:[\w']+ )?(?:rinsing|draining|using|"
    r"taking|stealing))|(?:someone|somebody) (?:[\w']+ ){0,5}(?:has used|have used|is using|'s using|been using) "
    r"my (?:card|account|"
    r"details))",
    r"(?:(?:benachrichtigung|e-mail|warnung|warnmail|mitteilung)\w* (?:[\w']+,? ){0,6}neue\w* "
    r"(?:kredit)?(?:harte\w* )?(?:anfrage|konto|konten)|noch mehr konten|geklont|klonen|(?:betrugerische|verdachtige|"
    r"unautorisierte|nicht autorisierte) (?:aktivitat|abbuchung|buchung|zahlung|transaktion)\w* "
    r"auf meine\w* (?:[@\w']+ ){0,2}\w*(?:karte|konto)|(?:mehrere|einige|ein paar|viele|zwei|drei|verschiedene) (?:[\w']+ )?(?:abbuchungen|buchungen|zahlungen|"
    r"umsatze|belastungen|transaktionen|abhebungen)|(?:immer noch|noch immer|weiterhin) (?:[\w']+ ){0,3}(?:meine?n? )?(?:konten|konto) leer|(?:abbuchungen|"
    r"buchungen|zahlungen|umsatze|belastungen|transaktionen),? (?:[\w']+,? ){0,5}(?:die ich (?:[\w']+ ){0,2}nicht|"
    r"nicht von mir|von denen ich (?:nichts weiss|keine ahnung habe))|"
    r"(?:immer noch|noch immer|weiterhin|standig|nach wie vor|schon wieder|immer wieder) "
    r"(?:[\w']+ ){0,3}(?:abgebucht|abbuch\w*|belastet|belasten|abgehoben|benutzt|verwendet|"
    r"eroffnet|passier\w*|auftauch\w*)|(?:bucht|buchen|ziehen|zieht|belastet|belasten|passiert|eroffnet|eroffnen|"
    r"kommen) (?:[\w']+ ){0,2}(?:immer noch|weiterhin|standig|immer wieder)|(?:weitere|neue|noch "
    r"mehr) (?:abbuchung|belastung|transaktion|abhebung|lastschrift)\w*|neue konten|(?:karte|"
    r"konto) (?:[\w']+ ){0,5}(?:sperren|blockieren|stoppen|einfrieren)|sperren sie (?:meine|die|mein|"
    r"das) (?:karte|konto)|jemand (?:[\w']+ ){0,2}(?:benutzt|verwendet|nutzt) (?:[\w']+ )?meine?n? "
    r"(?:karte|konto|kontodaten|kartendaten|kreditkarte)|(?:bitte sperren (?:sie )?(?:meine|die|mein|das) (?:karte|konto)|sperren sie (?:sie|bitte))|jemand "
    r"(?:[\w']+ ){0,3}meine?n? (?:karte|konto|kontodaten|kreditkarte|bankdaten|zugangsdaten) "
    r"(?:[\w']+ ){0,2}(?:benutzt|verwendet|nutzt|genutzt)|(?:funktioniert|geht|klappt|lauft) "
    r"gerade (?:nicht|nichts)|gerade hat jemand|jemand hat gerade|(?:karte|konto|kontodaten|"
    r"kartendaten) (?:[\w']+ )?(?:wird|werden) (?:gerade |immer noch |noch )?(?:benutzt|verwendet|"
    r"genutzt)|jemand (?:[\w']+ )?(?:hebt|nimmt|bucht|zieht|stiehlt)|gerade (?:eben )?(?:gab es|wurde|"
    r"kam|wurden|kamen) (?:eine?n? )?(?:[\w£$€]+ )?(?:[\w£$€]+ )?(?:abhebung|abbuchung|zahlung|buchung|transaktion|abgehoben|abgebucht)|kopie meiner karte|(?:karte|kartendaten|kartennummer) (?:[\w']+ ){0,3}kopiert|"
    r"(?:andert|andern|benutzt|nutzt|verwendet|bucht|hebt|uberweist|versucht) (?:[\w']+ )?gerade|(?:(?<!\bich habe )(?<!\bich hab )(?<!\bwir haben )gerade (?:eben|jetzt|nicht|kein\w*)|jetzt gerade|im moment|in diesem "
    r"moment|soeben|vor (?:ein paar|wenigen|einigen|\d+) (?:stunden|minuten)))",
    r"(?:(?:alerte|e-mail|email|notification|courriel)s? (?:[\w']+,? ){0,6}nouv(?:elle|eau|el)s? "
    r"(?:demande|compte|enquete)|(?:encore )?plus de comptes|d'autres comptes|(?:activite|operation|transaction)s? (?:frauduleuse|suspecte|non autorisee)s? "
    r"sur (?:ma|mon) (?:[@\w']+ ){0,2}(?:carte|compte)|(?:plusieurs|quelques|deux|trois|de nombreux|de nombreuses|certaine?s) (?:[\w']+ )?(?:debits|prelevements|paiements|achats|"
    r"operations|transactions|retraits)|(?:debits|prelevements|paiements|achats|operations|transactions) (?:[\w']+ ){0,6}(?:que je n'ai "
    r"(?:pas|jamais)|que je ne reconnais pas|dont je n'ai aucune idee|dont je ne sais rien)|(?:toujours (?:en cours|des)|encore (?:des|un) (?:prelevements?|paiements?|retraits?))|"
    r"continue\w* (?:[\w']+ ){0,2}(?:a |de |d')?(?:vider|prelever|debiter|utiliser|prendre|retirer|"
    r"ouvrir|facturer|preleve|debite)|(?:nouvelles?|nouveaux?|autres?|d'autres) (?:prelevements?|"
    r"paiements?|operations?|transactions?|retraits?|debits?)|nouveaux comptes|(?:bloquer|bloquez|"
    r"geler|gelez|suspendre|suspendez|annuler|annulez|faire opposition sur|opposition sur) "
    r"(?:[\w']+ )?(?:ma|mon|la|le|cette|ce) (?:carte|compte)|faire opposition|(?:empecher|eviter|"
    r"stopper|arreter) (?:[\w']+ ){0,3}(?:d'autres|autre|nouveaux?|nouvelles?|plus)|quelqu'?un "
    r"(?:[\w']+ ){0,3}(?:utilise|a utilise|utilisait|se sert de) (?:ma|mon|mes) (?:carte|compte|"
    r"coordonnees bancaires)|quelqu'un (?:[\w']+ )?vient de|(?:est|sont) en train de (?:changer|"
    r"modifier|utiliser|vider|retirer|debiter|prelever|acheter|depenser)|(?:ma|mon|mes) (?:carte|compte)s? (?:est|sont) (?:en train "
    r"d'etre |encore |toujours )?utilisee?s?|quelqu'un (?:est en train de |continue de )?(?:retire|"
    r"preleve|debite|vide|prend|depense)|vient d'y avoir (?:un|une) (?:retrait|paiement|prelevement|"
    r"achat|operation|transaction|debit)|(?:ma|mon) (?:carte|compte) soit (?:bloquee?|gelee?|"
    r"suspendue?|annulee?)|copie de ma carte|copie ma carte|vien(?:t|nent) d'etre (?:fait|faite|effectue|effectuee|debite|preleve|retire)\w*|carte (?:[\w']+ ){0,3}copiee|(?:en ce moment|a l'instant|il y a (?:quelques|\d+|une|deux|trois) "
    r"(?:heures?|minutes?)))",
    r"(?:(?:alerta|e-?mail|correo|notificacion|aviso)s? (?:[\w']+,? ){0,6}nuev[oa]s? "
    r"(?:consulta|cuenta|solicitud)|mas cuentas|clonar|clonad[oa]|clonaron|copiad[oa] (?:mi|la) tarjeta|acaban? de (?:sacar|cobrar|retirar|cargar|hacer)|tarjeta (?:[\w']+ ){0,3}copiada|(?:actividad|movimiento|cargo)s? "
    r"(?:fraudulent|sospechos|no autorizad)[oa]s? en (?:mi|mis) (?:[@\w']+ ){0,2}(?:tarjeta|cuenta)|(?:varios|varias|algunos|algunas|unos|unas|muchos|dos|tres|un par de) (?:[\w']+ )?(?:cargos|cobros|movimientos|compras|"
    r"pagos|transacciones|retiros)|(?:cargos|cobros|movimientos|compras|pagos|transacciones|retiros|operaciones) (?:[\w']+ ){0,5}"
    r"(?:que no (?:he|hice|reconozco)|de (?:los|las) que no (?:tengo ni idea|tengo idea|se nada))|"
    r"(?:siguen?|continuan?) (?:[\w']+ )?(?:vaciando|desplumando|cobrando|sacando|usando|utilizando|abriendo|"
    r"cargando|pasando|apareciendo|retirando|llegando|habiendo)(?:me|nos|le|les)?|(?:mas|otros|"
    r"otras|nuevos?|nuevas?) (?:cargos?|cobros?|movimientos?|transacciones|retiros?)|nuevas? "
    r"cuentas?|(?:bloquear|bloqueen|bloquea|congelar|congelen|anular|anulen|suspender|suspendan|"
    r"cancelar|cancelen) (?:[\w']+ )?(?:mi|la|esta|el|esa) (?:tarjeta|cuenta)|(?:evitar|impedir|"
    r"detener|parar) (?:[\w']+ ){0,3}(?:mas|otros|otras|nuevos|nuevas)|alguien "
    r"(?:[\w']+ ){0,3}(?:esta usando|esta utilizando|usa|utiliza|ha usado|ha utilizado|uso|utilizo|"
    r"usando|utilizando) (?:mi|mis) (?:tarjeta|cuenta|datos bancarios)|alguien (?:[\w']+ )?acaba de|copia de mi tarjeta|(?:estan|siguen) (?:usando|"
    r"utilizando) (?:mi|mis) (?:tarjeta|cuenta|datos)|(?:mi|mis) (?:tarjeta|cuenta)s? (?:esta|estan) "
    r"siendo (?:usad|utilizad)[oa]s?|alguien (?:esta|sigue) (?:sacando|retirando|cobrando|usando|"
    r"utilizando|gastando|robando)|acaba de haber (?:un|una) (?:retiro|cargo|cobro|pago|movimiento|"
    r"compra|transaccion)|(?:ahora mismo|en este momento|hace "
    r"(?:unas?|un par de|pocos|pocas|\d+) (?:horas|minutos)))",
)
