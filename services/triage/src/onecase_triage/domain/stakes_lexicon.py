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

# Card, phone or wallet stolen; robbed. Money can be taken with them now.
STOLEN: Final = (
    rf"(?:my )?(?:{_CARD}|phone|wallet|purse|handy|portemonnaie|geldbeutel|telephone|portefeuille|"
    r"sac|movil|celular|cartera|billetera) (?:was |has been |got |have been |were )?stolen",
    r"(?:someone|somebody|a man|a guy|they) (?:[\w']+ )?(?:took|has taken|had taken|stole|"
    r"grabbed|snatched) my",
    r"took (?:all )?my (?:things|stuff|bags?|wallet|purse|phone|cards?|money|cash|handbag|"
    r"backpack)",
    r"(?:stolen|stole|robbed|mugged|pickpocketed)",
    r"(?:jemand|einer|ein mann|ein typ|man|diebe?) hat (?:mir )?(?:[\w']+ ){0,3}(?:weggenommen|"
    r"abgenommen|entrissen|entwendet)",
    r"(?:gestohlen\w*|bestohlen|geklaut\w*|klaute\w*|ausgeraubt|beraubt|entwendet\w*|entrissen|"
    r"taschendieb\w*)",
    r"(?:on|quelqu'un|ils|il|un homme|un type) (?:m'a|m'ont|nous a|nous ont) (?:pris|arrache|vole|"
    r"derobe)",
    r"(?:on )?m'a vole",
    r"(?:vole(?:e|es|s)?|derobe\w*|cambriol\w*|detrousse\w*|pickpocket\w*|victime d'un vol)",
    rf"vol (?:de |du )?(?:ma |mon |mes )?{_MEANS_FR}",
    r"(?:me|nos|le|les|te) (?:lo |la |los |las )?(?:han |ha )?(?:robado|robaron|robo|hurtaron|"
    r"hurto|arrebataron|arrebato|sustrajeron)",
    r"(?:robad[oa]s?|robaron|(?:fue|ha sido|han sido|fueron|me han|me ha|le han|nos han) hurtad[oa]s?|asaltad[oa]s?|me asaltaron|atracad[oa]s?|"
    r"me atracaron|carterista\w*|sustraid[oa]s?)",
    rf"robo (?:de |del )(?:mi |la |el |mis |su )?{_MEANS_ES}",
    r"alguien (?:[\w']+ ){0,2}(?:robo|se llevo|agarro|arrebato) (?:mi|mis)",
)

# Lost a card, phone or wallet: a means of payment is out of the customer's hands.
LOST_MEANS: Final = (
    rf"lost (?:my |our )?(?:{_CARD}|phone|wallet|purse)",
    rf"(?:{_CARD}|phone|wallet) (?:is |was |has been |got |has gone |went |gone )?(?:lost|missing|gone)",
    rf"(?:ca ?n[o']?t|can not|cannot|unable to|could ?n[o']?t) find (?:my )?(?:{_CARD}|phone|wallet)",
    rf"{_MEANS_DE} (?:[\w']+ ){{0,3}}(?:verloren|verlegt|verschwunden)",
    rf"{_MEANS_DE} (?:[\w']+ ){{0,2}}(?:ist|sind|war) (?:[\w']+ )?weg",
    rf"(?:finde|find) (?:[\w']+ ){{0,2}}{_MEANS_DE} (?:[\w']+ )?nicht",
    rf"{_MEANS_DE} (?:[\w']+ ){{0,2}}nicht (?:mehr )?(?:finden|auffindbar)",
    rf"(?:perdu|egare)e? (?:ma |mon |mes )?{_MEANS_FR}",
    rf"{_MEANS_FR} (?:[\w']+ ){{0,2}}(?:perdu|egare|disparu|introuvable)e?s?",
    rf"(?:trouve|retrouve)\w* (?:plus|pas) (?:ma |mon |mes )?{_MEANS_FR}",
    rf"(?:perdi|perdio|perdido|extravie|extravio|extraviado) (?:mi |la |el |mis |las )?{_MEANS_ES}",
    rf"{_MEANS_ES}s? (?:[\w']+ ){{0,2}}(?:perdid|extraviad|desaparecid)[oa]s?",
    rf"no (?:encuentro|puedo encontrar|consigo encontrar|logro encontrar) (?:mi |la |el |mis )?"
    rf"{_MEANS_ES}",
)

# A payment the customer did not make or does not recognise.
UNAUTHORISED: Final = (
    rf"unauthori[sz]ed (?:use|access|{_PAYMENT}|activity)",
    r"unauthori[sz]ed",
    r"(?:did ?n[o']?t|never|have ?n[o']?t|did not) (?:make|made|authori[sz]e|authori[sz]ed|"
    r"recogni[sz]e|do|order|purchase|request|sign up for|agree to|give permission|perform|"
    r"performed|carry out|initiate|initiated)",
    r"(?:do ?n[o']?t|does ?n[o']?t) (?:know|recogni[sz]e) (?:that|this|the|these|those) "
    r"(?:name|payment|charge|merchant|company|transaction|withdrawal|debit)s?",
    r"(?:do ?n[o']?t|does ?n[o']?t|ca ?n[o']?t|can not|could ?n[o']?t) recogni[sz]e",
    r"(?:not|un)recogni[sz]ed",
    rf"(?:unknown|strange|suspicious|weird|random|odd|unfamiliar|unexplained|questionable) "
    rf"(?:[\w']+ )?{_PAYMENT}",
    r"(?:wasn'?t|was not|were not|weren'?t) (?:me|mine)",
    r"not mine",
    r"(?:used|accessed|charged|withdrawn) by (?:someone|somebody|a stranger|another person)",
    r"clon(?:ed|e|ing)",
    r"skimm(?:ed|er|ing)",
    r"(?:someone|somebody|some one|a stranger) (?:[\w']+ ){0,4}(?:used|using|charged|made|"
    r"withdrawn|withdrew|accessed|got into|spent)",
    r"without (?:my )?(?:permission|consent|authori[sz]ation|knowledge)",
    # German
    r"(?:nicht |un)autorisiert\w*|nicht genehmigt\w*|unberechtigt\w*|unerlaubt\w*",
    r"(?:habe|hab|hatte|haben) (?:ich |wir )?(?:[\w']+ ){0,3}(?:nicht|nie|niemals) (?:getatigt|"
    r"gemacht|autorisiert|veranlasst|genehmigt|bestellt|gekauft|durchgefuhrt|beauftragt|erlaubt|"
    r"zugestimmt|unterschrieben)",
    r"(?:die|den|das|welche) ich (?:[\w']+ ){0,2}(?:nicht|nie|niemals) (?:kenne|erkenne|zuordnen|"
    r"getatigt|gemacht|autorisiert|veranlasst|bestellt|genehmigt)\w*",
    r"(?:kenne|erkenne) ich (?:[\w']+ ){0,2}nicht|erkenne (?:[\w']+ ){0,2}nicht",
    rf"kenne (?:diese|den|die|das|dieses|diesen) {_PAYMENT_DE} nicht",
    r"(?:nicht|nie) (?:von mir|getatigt|veranlasst)|das (?:war|waren) (?:ich|wir) nicht|"
    r"(?:das|es) war nicht ich|ich war (?:das|es) nicht|(?:ist|sind|war) nicht (?:meins|meines)",
    rf"(?:unbekannt|verdachtig|seltsam|merkwurdig|komisch|fremd|unerklarlich|dubios)\w* "
    rf"(?:[\w']+ )?{_PAYMENT_DE}",
    r"geklont\w*",
    r"ohne (?:mein\w* )?(?:erlaubnis|zustimmung|genehmigung|einwilligung|wissen|autorisierung)",
    r"jemand (?:anderes |fremdes )?(?:[\w']+ ){0,4}(?:benutzt|verwendet|genutzt|nutzt|abgebucht|"
    r"abgehoben|ausgegeben|bezahlt|eingekauft|belastet|getatigt|zugegriffen)",
    r"jemand hat(?! sich)",
    # French
    r"non (?:autorise|reconnu|sollicite)\w*",
    r"(?:je |j')?n'?(?:ai|avons) (?:jamais|pas|rien) (?:fait|effectue|autorise|realise|commande|"
    r"valide|achete|accepte|initie|donne mon accord|signe)\w*|n\'ai pas demande\w*",
    r"j'ai (?:jamais|pas) (?:fait|effectue|autorise|realise|commande|valide|achete|accepte)\w*",
    r"(?:ne )?(?:les |la |le |l')?(?:reconnais|reconnait|reconnaissons) (?:pas|absolument pas)",
    rf"(?:ne )?connais pas (?:ce|cet|cette|ces) (?:commercant|marchand|nom|societe|entreprise|"
    rf"{_PAYMENT_FR})",
    rf"(?:inconnu|suspect|bizarre|etrange|douteu|louche|inexplique)\w* (?:[\w']+ )?{_PAYMENT_FR}",
    rf"{_PAYMENT_FR} (?:[\w']+ )?(?:inconnu|suspect|bizarre|etrange|douteu|louche|inexplique|frauduleu)\w*",
    r"(?:commercant|marchand|beneficiaire|societe|entreprise|nom)s? inconnue?s?",
    r"(?:ce n'est|ce n'etait|c'est|c'etait|ca n'est) pas moi|pas moi qui|"
    r"(?:n'est|ne sont|c'est) pas (?:le mien|la mienne|les miens|les miennes|a moi(?! d))",
    r"clon(?:e|ee|es|ees|age)",
    r"sans (?:mon |ma |mes )?(?:autorisation|consentement|permission|accord|aval|connaissance)|"
    r"a mon insu",
    r"quelqu'?un (?:d'autre )?(?:[\w']+ ){0,3}(?:utilise|utilisait|retire|pris|depense|achete|"
    r"accede|paye|debite|preleve|servi|se sert)\w*",
    # Spanish
    r"no (?:autorizad|reconocid|consentid)[oa]s?",
    r"(?:yo )?(?:no|nunca|jamas) (?:lo |la |los |las |les )?(?:he |hemos )?(?:hecho|hice|hicimos|"
    r"realizado|realice|reconozco|reconocemos|reconoci|autorizado|autorice|autorizo|autorizamos|"
    r"comprado|compre|pedido|pedi|contratado|contrate|dado permiso|di permiso|efectuado|efectue|"
    r"aceptado|acepte|firmado|firme)",
    rf"(?:sospechos|extran|rar|dudos|inexplicabl)\w* (?:[\w']+ )?{_PAYMENT_ES}",
    rf"{_PAYMENT_ES} (?:[\w']+ )?(?:sospechos|extran|rar|dudos|fraudulent|desconocid)\w*",
    r"(?:comercio|empresa|beneficiario|remitente|nombre)s? desconocid[oa]s?",
    r"no (?:fui|fuimos) yo|no (?:es|son|era|eran) (?:mio|mia|mios|mias)",
    r"clonad[oa]s?|clonaron|clonacion",
    r"sin (?:mi )?(?:permiso|autorizacion|consentimiento|conocimiento)|a mis espaldas",
    r"alguien (?:mas |ajeno )?(?:[\w']+ ){0,3}(?:usado|uso|usa|utiliza|utilizo|utilizado|"
    r"utilizando|usando|retiro|retirado|sacado|saco|cargado|cargo|gastado|gasto|compro|comprado|"
    r"accedio|accedido|entro|entrado)",
)

# Fraud and scams done to the customer ("a scam" alone is an insult, as in English).
FRAUD: Final = (
    r"fraud(?:ulent|ulently|ster|sters)?",
    r"scam(?:med|mer|mers)",
    r"phishing",
    r"spoof(?:ed|ing)?",
    r"(?:betrug\w*|betrog\w*|betruger\w*)",
    r"(?:fraude\w*|fraudu\w*|arnaque(?:e|ee|ees|r|ur|urs|use|uses)|escroc\w*|escroqu\w*|"
    r"hameconnage)",
    r"(?:estafad[oa]s?|estafador\w*|estafaron|estafo|estafar\w*|fraudulent[oa]s?|timad[oa]s?|"
    r"timador\w*|timaron)",
)

# Accounts or credit opened in the customer's name: identity theft.
IDENTITY_THEFT: Final = (
    r"identity theft",
    r"(?:stolen|stole|took|taken|using|used|misused) (?:my )?(?:personal )?(?:identity|"
    r"information|info|social security|social|ssn|data|details)",
    r"stolen identity",
    r"identity (?:was |has been )?stolen",
    r"victim of identity",
    r"(?:opened|taken out|applied for|open) (?:[\w']+ ){0,3}in my name",
    r"in my name",
    r"(?:accounts?|inquir(?:y|ies)|loans?|debts?) (?:that |which )?(?:are|is|was|were) "
    r"(?:not|n'?t) (?:mine|my own)",
    r"(?:never|did ?n[o']?t|did not) (?:open|opened|apply|applied)",
    # German
    r"identitatsdiebstahl\w*|identitatsbetrug\w*|identitatsmissbrauch\w*",
    r"(?:identitat|personalien|personliche\w* daten|daten) (?:[\w']+ ){0,2}(?:gestohlen|"
    r"missbraucht|geklaut)|missbrauch meiner (?:daten|identitat|personalien)",
    r"(?:in|unter|auf) meinem namen|auf meinen namen",
    r"(?:konto|konten|kredit\w*|darlehen|schulden|vertrag|vertrage|kreditkarte)\w* (?:[\w']+ ){0,2}"
    r"(?:ist |sind |war |waren )?(?:nicht|gar nicht) (?:meins|meines|meine|meiner|von mir)",
    r"(?:nie|niemals) (?:[\w']+ ){0,2}(?:beantragt|eroffnet)|(?:habe|hab|haben) (?:[\w']+ ){0,3}"
    r"nicht (?:beantragt|eroffnet)",
    # French
    r"(?:usurpation|vol) d'?identite",
    r"(?:vole|usurpe|pirate|utilise|pris)\w* (?:[\w']+ )?(?:mon identite|mes (?:donnees|"
    r"informations|coordonnees|renseignements) personnelles)",
    r"(?:a|en|sous) mon nom",
    r"(?:compte|credit|pret|dette|carte|contrat)s? (?:[\w']+ ){0,2}(?:n'est|ne sont|n'etait|"
    r"n'etaient|est|sont) pas (?:le mien|la mienne|les miens|les miennes|a moi)",
    r"jamais (?:[\w']+ )?(?:demande|sollicite|souscrit)\w*|n'ai pas (?:sollicite|souscrit)\w*",
    r"(?:jamais|pas) (?:[\w']+ )?ouvert (?:de |ce |cet |cette |ces |aucun |un |une )?(?:comptes?|"
    r"credits?|cartes?|prets?|contrats?)",
    # Spanish
    r"(?:robo|suplantacion|usurpacion) de identidad",
    r"(?:robado|robaron|robo|usurpado|usurparon|suplantado|suplantaron|utilizado|usado|uso|"
    r"utilizo) (?:[\w']+ )?(?:mi identidad|mis datos|mi informacion)",
    r"(?:a|en) mi nombre",
    r"(?:cuenta|prestamo|deuda|credito|tarjeta|contrato)s? (?:[\w']+ ){0,2}no (?:es|son|era|eran) "
    r"(?:mia|mio|mias|mios)",
    r"(?:nunca|jamas) (?:he |la |lo |los |las )?(?:solicitado|solicite|abierto|abri|contratado|"
    r"contrate)",
    r"no (?:he )?(?:solicitado|solicite|abierto|abri) (?:esta|esa|estas|esas|ninguna|ningun|dicha|"
    r"dicho|la|el|una|un) (?:cuentas?|tarjetas?|prestamos?|creditos?|lineas?)",
)

# Someone else holds the account: hacked, compromised, breached.
HACKED: Final = (
    r"hack(?:ed|er|ers)",
    r"compromised",
    r"data breach",
    r"breach(?:ed)?",
    r"someone (?:logged|log|got|broke) in(?:to)?",
    r"(?:gehackt\w*|hackern?|eingehackt|kompromittiert\w*|datenleck\w*|datenpanne\w*)",
    r"(?:jemand|fremde?r?|unbekannte?r?) (?:hat |haben )?sich (?:[\w']+ ){0,4}(?:eingeloggt|"
    r"eingehackt|angemeldet|zugang verschafft|zugriff verschafft)",
    r"(?:pirat\w*|compromis(?:e|es)?|fuite de donnees|violation de donnees)",
    r"(?:s'est|se sont) (?:connecte|introduit)s? (?:[\w']+ ){0,2}(?:mon|ma) (?:compte|espace)",
    r"(?:hacke(?:ad[oa]s?|o|aron|ron)|jaquead[oa]s?|comprometid[oa]s?|vulnerad[oa]s?|filtracion de datos|"
    r"fuga de datos|brecha de (?:datos|seguridad))",
)

# Money the customer is owed or cannot reach: held, frozen, not refunded, not released.
MONEY_HELD: Final = (
    r"(?:funds?|money|deposits?|checks?|cheques?|paychecks?|refunds?|balance) "
    r"(?:[\w']+ ){0,3}(?:on hold|held|frozen|withheld|not (?:been )?released|locked)",
    r"(?:put|placed) (?:a |an )?(?:[\w']+ )?hold",
    r"hold on (?:my )?(?:funds|money|deposit|account|check|cheque)",
    r"(?:will ?n[o']?t|wo ?n[o']?t|refuse[ds]? to|would ?n[o']?t|did ?n[o']?t|not) "
    r"(?:release|return|refund|give (?:me )?back|pay (?:me )?back|reimburse)",
    r"fro[sz]e (?:my )?(?:account|funds|money|card)",
    r"(?:never|still (?:have ?n[o']?t|not|no|waiting for)|have ?n[o']?t) (?:[\w']+ ){0,2}"
    r"(?:refund(?:ed)?|reimburse(?:d|ment)?|my money back|credited)",
    r"(?:no|without a) refund",
    r"refunds? (?:[\w']+ ){0,2}(?:not|never) (?:[\w']+ )?(?:returned|received|processed|arrived|"
    r"come|showed|shown|credited)",
    r"still waiting (?:[\w']+ ){0,2}(?:refund|money|reimbursement)",
    r"not (?:been )?refunded",
    r"owe[sd]? me",
    r"(?:money|geld|argent|dinero) (?:[\w']+ ){0,2}(?:back|zuruck\w*|rembourse|devuelto)",
    # German
    r"(?:geld|guthaben|betrag|zahlung|uberweisung|einzahlung|scheck|gehalt|lohn)\w* (?:[\w']+ ){0,3}"
    r"(?:eingefroren|einbehalten|zuruckgehalten|blockiert|festgehalten)",
    r"(?:eingefroren|einbehalten)",
    r"(?:geld|betrag|ruckerstattung|erstattung) (?:[\w']+ ){0,3}(?:nicht|nie|noch nicht)",
    r"(?:nicht|nie|noch nicht|niemals) (?:[\w']+ ){0,2}(?:(?:zuruck)?erstatt\w*|zuruckgezahlt|"
    r"zuruckzahlen|zuruckgeben|zuruckbekommen|zuruckuberwiesen|gutgeschrieben|freigegeben|freigeben|"
    r"ausgezahlt|auszahlen)",
    r"(?:weigern|weigert|weigerten) sich,? (?:[\w']+ ){0,4}(?:zu )?(?:erstatten|zuruckzuzahlen|"
    r"zuruckzugeben|freizugeben|auszuzahlen)",
    r"(?:keine|ohne) (?:ruck)?erstattung|schulde[nt] mir",
    r"warte (?:[\w']+ ){0,3}(?:auf )?(?:meine |die |mein )?(?:ruckerstattung|erstattung|geld|"
    r"gutschrift)",
    # French
    r"(?:fonds|argent|virement|cheque|depot|solde|somme|salaire)s? (?:[\w']+ ){0,3}(?:bloque|gele|"
    r"retenu|immobilise|en attente|suspendu)\w*",
    r"(?:pas|jamais|toujours pas|aucun) (?:[\w']+ ){0,2}(?:ete )?(?:rembours|recredit|restitu|"
    r"debloqu)\w*",
    r"(?:aucun|sans|pas de) remboursement",
    r"refus\w* de (?:me |nous )?(?:rembourser|restituer|debloquer|rendre|liberer|verser)",
    r"(?:recuper|rend|rembours)\w* (?:[\w']+ )?(?:mon argent|mes fonds|l'argent|notre argent)",
    r"attends? (?:[\w']+ ){0,3}(?:mon |le |un |du )?(?:remboursement|argent)",
    r"(?:me|nous) (?:doit|doivent|devez)",
    # Spanish
    r"(?:dinero|fondos|cheque|deposito|saldo|reembolso|transferencia|sueldo|nomina) "
    r"(?:[\w']+ ){0,3}(?:retenid|bloquead|congelad|inmovilizad|en espera)\w*",
    r"(?:(?:todavia|aun) )?(?:no|nunca) (?:me |nos )?(?:han |ha )?(?:devuelto|reembolsado|abonado|reintegrado|"
    r"devuelven|reembolsan)",
    r"no (?:me |nos )?(?:quisieron|quieren|quiere|quiso) (?:[\w']+ )?(?:devolver|reembolsar|"
    r"liberar|abonar|reintegrar)\w*",
    r"se (?:niegan|nego|negaron|niega) a (?:devolver|reembolsar|liberar|abonar)\w*",
    r"(?:todavia|aun|sigo esperando|sigo sin|espero) (?:[\w']+ ){0,2}(?:reembolso|devolucion|"
    r"mi dinero)",
    r"(?:sin|ningun|ni un) reembolso",
    r"(?:recuperar|devuelvan|devolver|devuelva|reembolsar)\w* (?:[\w']+ )?(?:mi|el|nuestro) dinero",
    r"(?:me|nos) (?:deben|debe)",
)

# The customer cannot get in: lock-outs, blocked or closed accounts, lost second factors.
LOCKED_OUT: Final = (
    r"locked out",
    r"lock(?:ed)? (?:my|me out of)",
    r"(?:ca ?n[o']?t|can not|cannot|unable to|could ?n[o']?t|not able to) (?:log|sign) ?(?:in|on)",
    r"(?:ca ?n[o']?t|can not|cannot|unable to|could ?n[o']?t|not able to) (?:get into|access) "
    r"(?:my|the) (?:account|app|money|funds)",
    r"(?:2fa|two[- ]factor|two[- ]step|verification code|authenticat\w+ code|security code)",
    r"(?:account|card|pin) (?:[\w']+ )?(?:is |was |has been |got |been )?"
    r"(?:locked|blocked|suspended|restricted|disabled|deactivated|closed|frozen)",
    r"(?:blocked|suspended|restricted|closed|disabled|froze) my (?:account|card)",
    # German
    r"(?:konto|karte|zugang|account|pin|onlinebanking|app)\w* (?:[\w']+ ){0,2}(?:gesperrt|"
    r"blockiert|deaktiviert|eingeschrankt|eingefroren)",
    r"ausgesperrt|(?:bestatigungs|verifizierungs|sicherheits|authentifizierungs)code\w*|"
    r"(?:zwei|2)-faktor\w*",
    r"(?:kann|konnte|konnen) mich (?:[\w']+ ){0,2}nicht (?:mehr )?(?:anmelden|einloggen)|"
    r"(?:kann mich nicht|komme nicht) (?:mehr )?(?:anmelden|einloggen|rein)",
    r"(?:komme|kommen) (?:[\w']+ )?nicht (?:mehr )?(?:in|an) (?:mein|meine|das|unser)",
    r"(?:kein|keinen) zugriff (?:mehr )?auf (?:mein|meine|das|unser)",
    # French
    r"(?:compte|carte|acces|code)s? (?:[\w']+ )?(?:bloque|suspendu|ferme|desactive|gele)(?:e|es|s)?",
    r"(?:bloque|suspendu|ferme|desactive|gele)(?:e|es|s)? (?:[\w']+ )?(?:mon|ma) (?:compte|carte)",
    r"(?:impossible d[e']|(?:ne )?(?:peux|pouvons|arrive|arrivons|parviens) (?:pas|plus) (?:a |d')?)"
    r"(?:me |m')?(?:connecter|identifier|acceder|loguer|logger)",
    r"code (?:de verification|de confirmation|de securite|d'authentification|sms)|"
    r"double authentification",
    r"(?:pas|plus|aucun) acces (?:a |au )(?:mon|ma|mes|l'app\w*|l'espace)",
    # Spanish
    r"(?:cuenta|tarjeta|acceso)s? (?:[\w']+ )?(?:bloquead|suspendid|cerrad|desactivad|congelad)\w*",
    r"(?:bloquearon|bloqueo|suspendieron|cerraron|congelaron|desactivaron) (?:mi|la) "
    r"(?:cuenta|tarjeta)",
    r"(?:no|ya no) (?:puedo|podemos|consigo|logro|me deja|me dejan) (?:[\w']+ )?(?:entrar|acceder|"
    r"iniciar|ingresar|loguear)",
    r"codigo de (?:verificacion|seguridad|confirmacion|autenticacion)|doble factor",
    r"(?:no tengo|sin) acceso a (?:mi|la|mis)",
)

# The harm is still going on: more charges, new accounts, a card to stop now.
ONGOING: Final = (
    r"(?:still (?:happening|being (?:charged|taken|used|opened)|charging|taking|opening|"
    r"appearing|coming in|using)|keeps? (?:happening|charging|taking|appearing|coming|using)|"
    r"more (?:charges|transactions|payments|withdrawals|money|accounts keep)|"
    r"(?:another|new) (?:charges?|transactions?|withdrawals?|fraudulent accounts?)|"
    r"(?:stop|prevent|block) (?:[\w']+ ){0,3}(?:more|further|any more|another|other)|"
    r"further (?:use|charges|transactions|withdrawals)|(?:stop|block|cancel|freeze|lock) "
    r"(?:my|the|this|it|them) ?(?:card|account)?|right now|as we speak|just now|"
    r"few (?:hours|minutes) ago|(?:continue|continuing|trying) to (?:open|use|charge|take)|"
    r"still (?:[\w']+ )?(?:rinsing|draining|using|taking|stealing))",
    r"(?:someone|somebody) (?:[\w']+ ){0,5}(?:used|using|has used|is using) my (?:card|account|"
    r"details)",
    # German
    r"(?:immer noch|noch immer|weiterhin|standig|nach wie vor|schon wieder|immer wieder) "
    r"(?:[\w']+ ){0,3}(?:abgebucht|abbuch\w*|belastet|belasten|abgehoben|benutzt|verwendet|"
    r"eroffnet|passier\w*|auftauch\w*)",
    r"(?:bucht|buchen|ziehen|zieht|belastet|belasten|passiert|kommen) (?:[\w']+ ){0,2}(?:immer noch|"
    r"weiterhin|standig|immer wieder)",
    r"(?:weitere|neue|noch mehr) (?:abbuchung|belastung|transaktion|abhebung|lastschrift)\w*|"
    r"neue konten",
    r"(?:karte|konto) (?:[\w']+ )?(?:sperren|blockieren|stoppen|einfrieren)|"
    r"sperren sie (?:meine|die|mein|das) (?:karte|konto)",
    r"jemand (?:[\w']+ ){0,3}meine?n? (?:karte|konto|kontodaten|daten|kreditkarte|bankdaten|"
    r"zugangsdaten) (?:[\w']+ ){0,2}(?:benutzt|verwendet|nutzt|genutzt)",
    r"(?:funktioniert|geht|klappt|lauft) gerade (?:nicht|nichts)",
    r"(?:gerade (?:eben|jetzt|nicht)|jetzt gerade|im moment|in diesem moment|soeben|"
    r"vor (?:ein paar|wenigen|einigen|\d+) (?:stunden|minuten))",
    # French
    r"(?:toujours (?:en cours|des)|encore (?:des|un) (?:prelevements?|paiements?|retraits?))",
    r"(?:continue\w*|toujours|encore) (?:[\w']+ ){0,2}(?:a |de )?(?:prelever|debiter|utiliser|"
    r"retirer|ouvrir|facturer|preleve|debite)",
    r"(?:nouvelles?|nouveaux?|autres?|d'autres) (?:prelevements?|paiements?|operations?|"
    r"transactions?|retraits?|debits?)|nouveaux comptes",
    r"(?:bloquer|bloquez|geler|gelez|suspendre|suspendez|annuler|annulez|faire opposition sur|"
    r"opposition sur) (?:[\w']+ )?(?:ma|mon|la|le|cette|ce) (?:carte|compte)|faire opposition",
    r"(?:empecher|eviter|stopper|arreter) (?:[\w']+ ){0,3}(?:d'autres|autre|nouveaux?|nouvelles?|"
    r"plus)",
    r"quelqu'?un (?:[\w']+ ){0,3}(?:utilise|a utilise|utilisait|se sert de) (?:ma|mon|mes) "
    r"(?:carte|compte|coordonnees|donnees)",
    r"(?:en ce moment|a l'instant|il y a (?:quelques|\d+|une|deux|trois) (?:heures?|minutes?))",
    # Spanish
    r"(?:siguen?|continuan?) (?:[\w']+ )?(?:cobrando|sacando|usando|utilizando|abriendo|cargando|"
    r"pasando|apareciendo|retirando|llegando|habiendo)",
    r"(?:mas|otros|otras|nuevos?|nuevas?) (?:cargos?|cobros?|movimientos?|transacciones|retiros?)|"
    r"nuevas? cuentas?",
    r"(?:bloquear|bloqueen|bloquea|congelar|congelen|anular|anulen|suspender|suspendan|cancelar|"
    r"cancelen) (?:[\w']+ )?(?:mi|la|esta|el|esa) (?:tarjeta|cuenta)",
    r"(?:evitar|impedir|detener|parar) (?:[\w']+ ){0,3}(?:mas|otros|otras|nuevos|nuevas)",
    r"alguien (?:[\w']+ ){0,3}(?:esta usando|esta utilizando|usa|utiliza|ha usado|ha utilizado|uso|"
    r"utilizo|usando|utilizando) (?:mi|mis) (?:tarjeta|cuenta|datos)",
    r"(?:ahora mismo|en este momento|hace (?:unas?|un par de|pocos|pocas|\d+) (?:horas|minutos))",
)
