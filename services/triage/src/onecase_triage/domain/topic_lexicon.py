"""What a complaint is about: one phrase lexicon per topic, equal in four languages.

The category keyword table (`category_keywords`) is English-centred, so the same complaint could
land in another category when written in German, French or Spanish. These lexicons cover each
topic in English, German, French and Spanish alike, so the category does not depend on the
language. Same conventions as `stakes_lexicon`: regex fragments on folded text (lowercase,
accents removed), wrapped in word boundaries, the four languages side by side.
"""

from __future__ import annotations

from typing import Final

# Delivery: parcels, orders, couriers, tracking, arrival, missing items, a card in the post.
DELIVERY_TOPIC: Final = (
    r"(?:(?:have ?n'?t|has ?n'?t|not|never|did ?n'?t) (?:yet )?(?:received|got|gotten) (?:my|the|our) "
    r"(?:new |replacement )?(?:card|order|parcel|package|item|delivery)|"
    r"(?:still )?waiting (?:on|for) (?:my|the) (?:new |replacement )?(?:card|order|parcel|package|"
    r"delivery)|(?:when|how long)(?: [\w']+){0,6} (?:expect|receive|recieve|get) (?:my|the) (?:new "
    r"|replacement )?card|(?:my|the) (?:new |replacement )?card (?:[\w']+ ){0,2}(?:is ?n'?t here|"
    r"has ?n'?t (?:come|came|arrived)|(?:to )?(?:arrive|get here|be here))|(?:where|wheres|where's) "
    r"(?:is )?(?:my|our) (?:new|replacement) card|track (?:my|the) (?:new )?card|"
    r"parcels?|packages?|deliver(?:y|ies|ed|ing)?|undelivered|redeliver\w*|couriers?|shipping|"
    r"shipments?|shipped|dispatch(?:ed)?|despatch(?:ed)?|orders|ordered|order placed|left by the "
    r"(?:driver|courier)|still not here|tracking|postman|mailman|postal|(?:my|the|our|an|this|"
    r"online) orders?|order (?:number|status)|(?:where|wheres|where's) (?:is )?(?:my|our) (?:order|"
    r"parcel|package|item|card|food|delivery|stuff)|(?:not|never|has ?n'?t|have ?n'?t|did ?n'?t|"
    r"still not|yet to) (?:been |even )?(?:arrived?|delivered|shipped|turned up|shown up)|arrived|"
    r"arrival|estimated delivery|expected (?:by|on)|(?:missing|wrong) items?|items? (?:[\w']+ "
    r"){0,2}missing|drivers? (?:[\w']+ ){0,3}(?:left|dropped|delivered|threw)|lost in the (?:post|"
    r"mail)|in the (?:post|mail)|in transit|customs)",
    r"(?:kommt (?:[\w']+ )?(?:meine|die) (?:neue )?karte|(?:meine|die) (?:neue )?karte (?:[\w']+ ){0,2}an|"
    r"warte (?:[\w']+ ){0,2}auf (?:meine|die) (?:neue )?(?:karte|bestellung|lieferung)|wann "
    r"(?:[\w']+ ){0,3}(?:meine|die) (?:neue )?karte|paket\w*|packchen|sendung\w*|lieferung\w*|liefer(?:termin|datum|zeit|status|adresse|"
    r"dienst)\w*|geliefert|zugestellt|zustell\w*|versand\w*|versendet|verschickt|bestellung\w*|"
    r"bestellt|kurier\w*|paketbote\w*|postbote\w*|lieferant\w*|(?:wo|wann kommt) (?:ist |bleibt "
    r")?(?:meine?|unsere?) (?:bestellung|paket|lieferung|karte|essen|ware)|(?:nicht|nie|noch nicht|"
    r"immer noch nicht) (?:[\w']+ )?(?:angekommen|eingetroffen)|(?:noch|immer noch) nicht da|fahrer (?:[\w']+ "
    r"){0,3}(?:abgelegt|abgestellt|geliefert)|vor die (?:haus)?tur (?:gestellt|gelegt|abgestellt)|"
    r"dhl|hermes|dpd|artikel (?:[\w']+ ){0,2}fehl\w*|fehlende\w* (?:artikel|teile|ware)|per post|"
    r"beim zoll|zollgebuhr\w*)",
    r"(?:(?:ma|la) (?:nouvelle )?carte (?:[\w']+ ){0,2}(?:arriver|arrive|arrivera)|"
    r"(?:j'attends|attends) (?:[\w']+ ){0,2}(?:ma|la|mon) (?:nouvelle )?(?:carte|commande|colis)|"
    r"quand (?:[\w']+ ){0,4}(?:ma|la) (?:nouvelle )?carte|recevoir (?:ma|la) (?:nouvelle )?carte|"
    r"colis|paquets?|(?<!une )(?<!d'une )livr(?:aison|aisons|e|ee|es|ees|er|eur|eurs|euse)|commande\w*|expedi\w*|"
    r"envois?|transporteur\w*|coursier\w*|(?:le|du|au) facteur|la poste|chronopost|colissimo|point "
    r"relais|(?:numero de )?suivi (?:de|du) (?:colis|commande|livraison|la commande)|numero de "
    r"suivi|(?:pas|jamais|toujours pas|pas encore) (?:ete )?(?:arrive|livre)\w*|(?:pas|jamais) "
    r"(?:encore )?recu (?:ma|mon|mes|la|le|les) (?:nouvelle |nouveau )?(?:commande|colis|carte|paquet|article|produit|"
    r"livraison)\w*|(?:ou est|ou en est) (?:ma|mon|notre) (?:commande|colis|carte|livraison|repas)|"
    r"articles? manquants?|(?:il )?manque (?:un |une |des |deux )?(?:articles?|produits?|"
    r"elements?)|douane\w*)",
    r"(?:(?:llega|llegara|llegue) (?:la|mi) (?:nueva )?tarjeta|"
    r"esperando (?:[\w']+ ){0,2}(?:mi|la) (?:nueva )?(?:tarjeta|orden|pedido|paquete)|cuando "
    r"(?:[\w']+ ){0,3}(?:mi|la) (?:nueva )?tarjeta|recibir (?:mi|la) (?:nueva )?tarjeta|"
    r"paquete\w*|encomienda\w*|(?:pedi|he pedido) (?:un|una|unos|unas|dos|tres)|hice un pedido|paqueteri\w*|(?:el|mi|su|del|los|gastos de|de) envios?|(?:mi|el|"
    r"un|su|del|los|mis|este|ese) pedidos?|numero de (?:pedido|orden|seguimiento|guia)|(?:mi|la) "
    r"orden|entreg\w*|repartidor\w*|mensajer\w*|domiciliari[oa]s?|correos|(?:codigo|guia) de "
    r"(?:seguimiento|rastreo)|rastreo|seguimiento (?:del|de mi) (?:pedido|paquete|envio)|(?:no|"
    r"nunca|todavia no|aun no) (?:me )?(?:ha|han|a) llegado|(?:no|nunca|todavia no|aun no) (?:me "
    r")?(?:llega|llego|llegaron|llegan)|sigue sin llegar|llegada|(?:donde|cuando llega) (?:esta "
    r")?(?:mi|el) (?:pedido|paquete|tarjeta|compra|orden)|(?:articulos?|productos?) (?:[\w']+ "
    r")?faltantes?|faltan? (?:[\w']+ ){0,2}(?:articulos?|productos?|cosas)|aduanas?)",
)

# Billing: charges, fees, bills, refunds, prices, subscriptions, balances, loans, debts.
BILLING_TOPIC: Final = (
    r"(?:deposit(?:s|ed|ing)?|cheques?|cancel (?:a|my|the|this|that|last) (?:recent |last )?"
    r"(?:transfer|transaction|payment)s?|charged (?:me|us|my|twice|again|extra|for|\d)|(?:a|the|this|that|extra|hidden|unknown|"
    r"double|duplicate|monthly|same|what|which|any) (?:kind of )?charges?|charges? (?:on|for|from|to) (?:my|the|your|a)|"
    r"pay (?:extra|more)|extra (?:charges?|fees?|costs?)|how much (?:[\w']+ ){0,3}(?:charge|pay|cost)|"
    r"(?:will|would) i be charged|(?:get|be|am i|are we|was|were|been|being) charged|charged more|deducted|debited|charge (?:me|us) (?:\$|£|€)?\d+|discounts?|charged to (?:my|the) (?:account|card)|charg(?:e|ed|ing) "
    r"(?:me|us) (?:extra|more|twice|for)|overcharg\w*|double[- ]charg\w*|"
    r"fees?|bill|bills|billed|billing|invoic\w*|refund\w*|money back|reimburs\w*|prices?|pricing|"
    r"subscriptions?|(?:wrong|incorrect|different|bad|poor|unfair|higher|worse|correct|right) "
    r"(?:[\w']+ ){0,2}(?:exchange|conversion) rates?|(?:exchange|conversion) rates? (?:[\w']+ ){0,10}"
    r"(?:wrong|incorrect|different|off|too high|so high|higher|unfair|messed up|applied|charged|"
    r"correct|right|changed?)|(?:calculated|mistake|error)\w* (?:[\w']+ ){0,3}(?:exchange|conversion) "
    r"rates?|"
    r"balance|statements?|(?:payment|transfer|"
    r"deposit|transaction)s? (?:[\w']+ ){0,2}(?:missing|not (?:showing|shown|received|"
    r"appeared))|direct debits?|standing orders?|loans?|mortgages?|repayments?|interest "
    r"rates?|overdraft|debts?|owe|owed|owing|paid|payments?|costs?|tariffs?)",
    r"(?:einzahlung\w*|eingezahlt|scheck\w*|(?:uberweisung|zahlung|transaktion)\w* (?:[\w']+ "
    r"){0,2}(?:stornier\w*|abbrechen|zuruckrufen)|(?:stornier\w*|abbrechen|zuruckholen) (?:[\w']+ "
    r"){0,3}(?:uberweisung|zahlung|transaktion)\w*|rechnung\w*|abrechnung\w*|gebuhr\w*|kosten|kostet|rabatt\w*|berechnet|abgebucht|abbuchung\w*|"
    r"lastschrift\w*|doppelt (?:[\w']+ )?(?:abgebucht|berechnet|belastet|bezahlt)|belastet|"
    r"belastung\w*|ruckerstatt\w*|erstatt(?:ung|ungen|et|en)|zuruckerstatt\w*|ruckzahlung\w*|(?:geld|"
    r"betrag) (?:[\w']+ ){0,2}zuruck|gutschrift\w*|preis\w*|tarif\w*|abo|abos|abonnement\w*|"
    r"(?:falsche[nmrs]?|andere[nmrs]?|schlechte[nmrs]?|unfaire[nmrs]?|hohere[nmrs]?) (?:wechsel|umrechnungs)kurs\w*|"
    r"(?:wechsel|umrechnungs)kurs\w* (?:[\w']+ ){0,4}(?:falsch|nicht korrekt|nicht richtig|zu hoch|"
    r"anders|angewendet|berechnet)|kontostand\w*|saldo|kontoauszug\w*|zahlung|zahlungen|"
    r"dauerauftrag\w*|kredit(?:e|s|vertrag\w*|rate\w*)?|darlehen\w*|hypothek\w*|"
    r"baufinanzierung\w*|tilgung\w*|raten|ratenzahlung\w*|zinsen|schulden|betrag|betrage|bezahlt|"
    r"zu viel (?:[\w']+ )?(?:bezahlt|berechnet|abgebucht)|mahnung\w*)",
    r"(?:depot (?:de |d')?(?:cheques?|especes|argent|liquide)|depose (?:un |le |mon |des |de l')?(?:cheques?|"
    r"especes|argent|liquide)|cheques?|annuler (?:un|le|mon|ce|cette|une|la) (?:virement|paiement|"
    r"transaction)|factur\w*|surfactur\w*|frais|payant|reduction|remise|rembours\w*|prelev\w*|debite\w*|(?:double|deux fois) "
    r"(?:[\w']+ )?(?:preleve|debite|facture)|trop (?:paye|percu|facture)|prix|tarif\w*|"
    r"abonnement\w*|(?:mauvais|autre) taux de change|taux de change (?:[\w']+ ){0,4}(?:incorrect|"
    r"faux|errone|trop eleve|different|applique|pas (?:le bon|correct|juste))|solde|releves? (?:de compte|bancaires?)|(?:sur|dans) mon releve|(?:paiement|virement|"
    r"transaction|depot|operation)s? (?:[\w']+ ){0,2}(?:manquants?|pas (?:encore "
    r")?(?:recu|arrive))|mon argent|credit (?:immobilier|conso\w*|auto)|credits|pret|prets|"
    r"emprunt\w*|hypothec\w*|echeance\w*|mensualite\w*|dettes?|interets|montant\w*|paye|payes|"
    r"payer|paiements?|couts?|coute\w*|couter)",
    r"(?:deposit\w*|cheques?|ingrese|ingreso de (?:efectivo|dinero)|cancelar (?:una|la|mi|esta|un|el) "
    r"(?:transferencia|transaccion|pago|operacion)|cuesta|cuestan|coste|descuentos?|cobr(?:o|os|aron|ado|ada|an|ar|ando)|(?:doble|dos veces) (?:[\w']+ )?(?:cobro|cargo|"
    r"cobrado)|(?:un|el|los|este|ese|doble|otro) cargos?|cargos? (?:de|en|a) (?:mi |la "
    r")?(?:tarjeta|cuenta)|comision\w*|tarifas?|factur\w*|reembols\w*|devoluci\w*|(?:devuelvan|"
    r"devolver|devuelve) (?:[\w']+ )?dinero|mi dinero|precios?|suscripcion\w*|(?:mal|otro) tipo de cambio|tipo de cambio "
    r"(?:[\w']+ ){0,4}(?:incorrecto|equivocado|erroneo|mal|diferente|distinto|aplicado|muy alto)|"
    r"saldo\w*|extractos?|estado de cuenta|(?:pago|transferencia|deposito|transaccion)s? (?:[\w']+ "
    r"){0,2}(?:no (?:aparece|reflejad[oa]|llega))|domiciliaci\w*|debito automatico|"
    r"(?:el|un|los|mi) recibos?|prestamo\w*|hipoteca\w*|credito (?:hipotecario|personal)|cuotas?|"
    r"intereses|deudas?|adeud\w*|pagu\w*|pagado|pagada|pagar|pago|pagos|(?<!n')importe\w*|monto\w*)",
)

# A faulty product: broken or poor goods, bad food, buggy apps, cards, ATMs and transfers that fail.
PRODUCT_TOPIC: Final = (
    r"(?:broken|broke|faulty|defect\w*|damaged|cracked|shattered|dented|scratched|torn|ripped|"
    r"leak(?:s|ing|ed)?|poor quality|low quality|cheaply made|fell apart|falling apart|stopped "
    r"working|(?:does ?n'?t|do ?n'?t|wo ?n'?t|not|never) (?:[\w']+ )?(?:work|working|turn on|"
    r"switch on)|(?:wo ?n'?t|does ?n'?t|not|stopped) charging(?! (?:me|us|my|you|for))|"
    r"malfunction\w*|(?:food|meal|pizza|burger|coffee|fries|chips|dish) (?:[\w']+ ){0,3}(?:cold|"
    r"stale|raw|undercooked|soggy|burnt|rotten)|stone cold|stale|undercooked|mouldy|moldy|rotten|"
    r"spoil(?:ed|t)|(?:a|an) (?:hair|bone|insect|fly|piece of plastic|piece of glass) in|"
    r"crash(?:es|ed|ing)?|freez(?:es|ing)|glitch\w*|bug(?:s|gy)?|card (?:[\w']+ ){0,3}(?:declined|"
    r"rejected|refused|not working|does ?n'?t work|stopped working)|(?:was|got|been|keeps? "
    r"getting) declined|(?:payment|transfer|top[- ]?up|withdrawal|transaction)s? (?:[\w']+ "
    r"){0,3}(?:failed|declined|rejected|reverted|did ?n'?t go through)|failed (?:payment|transfer|"
    r"top[- ]?up|transaction|withdrawal)s?|atms?|cash machine|cashpoint|(?:swallowed|kept|ate|"
    r"retained) (?:my |the )?card|less (?:money|cash) than|(?:cannot|can'?t|unable to) (?:top up|"
    r"transfer|withdraw)|apps?|iphones?|ipads?|macbooks?|laptops?|printers?|ps[345]|xbox|"
    r"consoles?|software|firmware|(?:the|this|last|latest|new) update|(?:my|the|this) (?:phone|"
    r"tv|watch|device|game|headphones|charger|battery|screen|keyboard)(?<!on the phone))",
    r"(?:kaputt\w*|defekt\w*|beschadigt\w*|zerbrochen|gebrochen|gerissen|zerkratzt|undicht|"
    r"ausgelaufen|schlechte\w* qualitat|minderwertig\w*|mangelhaft\w*|funktioniert (?:[\w']+ "
    r"){0,2}nicht|geht nicht (?:mehr )?an|lasst sich nicht (?:[\w']+ ){0,2}(?:einschalten|laden|"
    r"offnen)|ladt nicht|(?:essen|pizza|speisen?|gericht|burger|kaffee|pommes) (?:[\w']+ "
    r"){0,3}(?:kalt|roh|verbrannt|verdorben|schimmelig|altbacken)|eiskalt|schimmel\w*|verdorben\w*|"
    r"ungeniessbar|pappig\w*|(?:ein|eine|einen) (?:haar|knochen|insekt|plastikteil)|sturzt (?:[\w']+ "
    r"){0,3}ab|absturz\w*|abgesturzt|hangt sich (?:[\w']+ )?auf|friert (?:[\w']+ )?ein|"
    r"fehlermeldung\w*|bugs?|fehlerhaft\w*|karte (?:[\w']+ ){0,3}(?:abgelehnt|geht nicht)|"
    r"(?:zahlung|uberweisung|aufladung|abhebung|transaktion|kartenzahlung)\w* (?:[\w']+ "
    r"){0,3}(?:fehlgeschlagen|abgelehnt|gescheitert|nicht durchgegangen)|fehlgeschlagen\w*|"
    r"geldautomat\w*|bankautomat\w*|karte (?:[\w']+ ){0,2}(?:eingezogen|einbehalten|geschluckt)|"
    r"weniger (?:geld|bargeld)|apps?|iphones?|ipads?|laptops?|drucker|ps[345]|xbox|konsole|"
    r"software|firmware|(?:das|dem|letzten?|neuen?) update|(?:mein|meinem|das|dem) (?:handy|"
    r"smartphone|telefon|gerat|spiel|ladegerat|akku|bildschirm|fernseher))",
    r"(?:casse\w*|defectueu\w*|defaut de fabrication|abime\w*|endommage\w*|fissure\w*|raye|rayee|"
    r"rayes|rayees|dechire\w*|qui fuit|mauvaise qualite|qualite (?:[\w']+ )?(?:mediocre|lamentable|"
    r"nulle)|(?:marche|fonctionne|s'allume|charge) (?:[\w']+ )?(?:pas|plus)|(?:repas|plat|pizza|"
    r"nourriture|burger|frites|cafe|commande) (?:[\w']+ ){0,3}(?:froide?s?|crue?s?|pas cuite?s?|"
    r"brulee?s?|rassise?s?|avariee?s?)|rassis|moisi\w*|avarie\w*|perime\w*|(?:un|une) (?:cheveu|"
    r"poil|os|insecte|bout de plastique|morceau de verre) dans|plant(?:e|ent|age|ages)|bug\w*|"
    r"beug\w*|fige\w*|carte (?:[\w']+ ){0,3}(?:refusee|rejetee|ne marche pas|ne fonctionne pas|"
    r"avalee)|(?:paiement|virement|rechargement|recharge|retrait|transaction)s? (?:[\w']+ "
    r"){0,3}(?:echoue|refuse|rejete)\w*|echou\w*|distributeur\w*|dab|guichet automatique|avale "
    r"(?:ma|la) carte|moins d'argent|moins de billets|appli|applis|application|iphones?|ipads?|"
    r"ordinateur portable|imprimante|ps[345]|xbox|console|logiciel|(?:la|cette|derniere) mise a "
    r"jour|(?:mon|le|ce) (?:telephone|portable|jeu|chargeur|ecran|televiseur)|(?:ma|la) "
    r"(?:batterie|montre|tele))",
    r"(?:rot[oa]s?|rompi\w*|defectuos[oa]s?|defecto de fabrica|averiad[oa]s?|danad[oa]s?|"
    r"estropead[oa]s?|rayad[oa]s?|agrietad[oa]s?|quebrad[oa]s?|descompuest[oa]s?|mala calidad|"
    r"calidad (?:[\w']+ )?(?:pesima|mala|malisima)|se ha cerrado|(?:no|tampoco) (?:funciona|enciende|prende|carga|sirve|"
    r"anda)|dejo de funcionar|(?:comida|pizza|hamburguesa|plato|cafe|papas) (?:[\w']+ "
    r"){0,3}(?:fri[oa]s?|crud[oa]s?|quemad[oa]s?|podrid[oa]s?|ranci[oa]s?)|podrid[oa]s?|"
    r"caducad[oa]s?|ranci[oa]s?|en mal estado|(?:un|una) (?:pelo|hueso|bicho|insecto|plastico|mosca) en|se "
    r"(?:cierra sol[oa]|cuelgan?|congelan?|traban?|tilda)|bug\w*|tarjeta (?:[\w']+ ){0,3}(?:rechazada|"
    r"denegada|no funciona|no sirve|retenida|tragada)|(?:pago|compra|transferencia|recarga|retiro|"
    r"transaccion)(?:s|es)? (?:[\w']+ ){0,3}(?:rechazad|denegad|fallid|fallo|fallaron|no se "
    r"(?:realizo|completo|proceso))\w*|cajeros? automaticos?|cajero (?:[\w']+ ){0,3}(?:se trago|"
    r"trago|retuvo|se quedo|no (?:me )?dio)|(?:dio|entrego) menos (?:dinero|efectivo|plata)|(?:se "
    r"trago|retuvo|se quedo con) (?:mi|la) tarjeta|aplicacion|app|apps|iphones?|ipads?|"
    r"portatil|impresora|ps[345]|xbox|consola|software|(?:la|esta|ultima) actualizacion|(?:mi|el|"
    r"este) (?:movil|celular|telefono|juego|cargador|televisor)|(?:la|mi) (?:bateria|pantalla|tele))",
)

# An outage: no internet, signal or power for an area, sites down, trains and flights cancelled.
OUTAGE_TOPIC: Final = (
    r"(?:outages?|blackout|power cut|no (?:internet|signal|service|network|power|electricity|"
    r"connection|wifi|wi-fi|reception|broadband|data|water|phone line|dial tone|signals)|(?:is|are) still down|(?:internet|wifi|"
    r"network|broadband|site|website|app|server|service|system|line)s? (?:is |are |was |went |"
    r"keeps going |been )?(?:down|offline)|down for (?:everyone|everybody|hours|days)|(?:whole|"
    r"entire) (?:area|street|town|city|neighbou?rhood)|in (?:my|our|the) area|offline|(?:trains?|"
    r"flights?|bus|buses) (?:[\w']+ ){0,3}(?:cancel+ed|delayed|late)|(?:cancel+ed|delayed) "
    r"(?:trains?|flights?|bus|buses)|(?:ca ?n'?t|cannot|can not|unable to|could ?n'?t) (?:connect|"
    r"get online|get a signal|make calls)|(?:slow|poor|terrible|bad) (?:speeds?|internet|"
    r"connection|broadband|wifi|signal|reception)|(?:internet|connection|broadband|wifi|speeds?) "
    r"(?:[\w']+ ){0,3}(?:slow|sluggish|unusable)|disconnect\w*|dropping out|keeps dropping|"
    r"intermittent|buffering|service (?:interruption|disruption|unavailable))",
    r"(?:storung\w*|ausfall\w*|ausgefallen|stromausfall|netzausfall|(?:kein|keine|ohne) "
    r"(?:internet|netz|empfang|strom|signal|wlan|dsl|verbindung|internetverbindung|festnetz|"
    r"fernsehen|service|dienst)|(?:internet|netz|wlan|seite|webseite|website|app|server|dienst|system)\w* "
    r"(?:[\w']+ ){0,2}(?:down|offline|nicht erreichbar)|offline|(?:zug|zuge|flug|fluge|bahn|bus|"
    r"busse) (?:[\w']+ ){0,3}(?:gestrichen|ausgefallen|annulliert|verspatet)|verspatung\w*|"
    r"zugausfall\w*|annulliert|verbindet (?:[\w']+ )?nicht|verbindung (?:[\w']+ ){0,2}(?:bricht|"
    r"abgebrochen|getrennt)|verbindungsabbruch\w*|(?:langsames?|lahmes?) (?:internet|netz|wlan)|"
    r"(?:internet|verbindung|geschwindigkeit|leitung|netz) (?:[\w']+ ){0,3}(?:langsam|lahm)|"
    r"schneckentempo|im ganzen (?:ort|viertel|gebiet|haus)|in (?:der ganzen|unserer) (?:gegend|"
    r"strasse|region)|ganze (?:strasse|gegend|region))",
    r"(?:panne\w*|en panne|hors service|hors ligne|coupure\w*|(?:pas|plus|sans|aucun|aucune) (?:de "
    r"|d')?(?:reseau|connexion|internet|signal|courant|electricite|wifi|tele|television|tonalite|"
    r"service(?! client)|eau)|(?:site|application|appli|serveur|reseau|internet|box|service)s? "
    r"(?:[\w']+ ){0,2}(?:inaccessible|indisponible|hors service|en panne|down|plante)|(?:trains?|"
    r"vols?|tgv|ter|rer|bus) (?:[\w']+ ){0,3}(?:annule|supprime|retarde|en retard)\w*|"
    r"(?:impossible|n'arrive pas) (?:de |a )?(?:me |se )?(?:connecter|capter|joindre le reseau)|debit "
    r"(?:[\w']+ )?(?:lent|faible|ridicule|catastrophique)|(?:connexion|internet|reseau) (?:[\w']+ "
    r"){0,2}(?:lente?|instable|coupee?)|lenteur\w*|deconnexion\w*|(?:tout le|dans le|du) quartier|"
    r"toute la (?:rue|ville|region|zone)|dans (?:ma|notre) (?:zone|region|ville|rue))",
    r"(?:caid[oa]s?|se cayo|fuera de servicio|sin servicio|apagon\w*|cortes? de (?:luz|servicio|"
    r"internet|linea|agua|energia)|(?:sin|no hay|no tengo|no tenemos|nada de) (?:internet|senal|"
    r"conexion|luz|red|cobertura|wifi|linea|servicio|agua|electricidad|energia)|(?:pagina|web|"
    r"sitio|app|aplicacion|servidor|sistema|plataforma)s? (?:[\w']+ ){0,2}(?:no (?:carga|funciona|"
    r"abre)|fuera de linea)|(?:vuelos?|tren|trenes|bus|buses|autobus|autobuses) (?:[\w']+ "
    r"){0,3}(?:cancelad|retrasad|demorad|suspendid)\w*|no se puede conectar|no (?:puedo|logro|consigo) (?:conectar\w*|"
    r"navegar)|(?:internet|conexion|velocidad|senal|red) (?:[\w']+ ){0,3}(?:lent[oa]|intermitente|"
    r"inestable|muy mala|pesima)|se (?:cae|corta|desconecta) (?:[\w']+ ){0,2}(?:el internet|la "
    r"(?:conexion|senal|luz|red)|constantemente|cada rato|todo el rato)|todo el (?:barrio|sector|"
    r"edificio|pueblo)|en (?:mi|toda la|nuestra) (?:zona|colonia|barrio|area|ciudad))",
)

# Account and security: login, passwords, PINs, identity checks, blocked accounts, fraud, theft.
ACCOUNT_TOPIC: Final = (
    r"(?:(?:ca ?n'?t|cannot|can not|unable to|not able to|trouble|difficulty|problems?|failed to|wo ?n'?t|"
    r"not letting me|help me|help with|need help) (?:[\w']+ ){0,2}(?:verify(?:ing)?|prov(?:e|ing)|"
    r"confirm(?:ing)?) (?:[\w']+ ){0,2}(?:identity|identification|id)|(?:identity|id|identification) "
    r"(?:[\w']+ ){0,2}(?:not (?:being )?verified|was ?n'?t (?:verified|accepted)|not accepted|rejected|"
    r"is ?n'?t verif\w*)|(?:verification|identity check) (?:[\w']+ ){0,3}(?:failed|fails|rejected|"
    r"declined)|log ?in|logg(?:ed|ing) in|sign(?:ed|ing)? in|passwords?|passcodes?|pin(?: code| number)?|"
    r"forg[eo]t(?:ten)? (?:my |the )?(?:[\w']+ )?(?:code|pin|password|passcode)|personal (?:details|data|information|info)|(?:account|card)s? (?:[\w']+ ){0,2}(?:blocked|"
    r"frozen|closed|suspended|locked|restricted|deactivated|disabled|compromised)|locked out|"
    r"(?:two|2)[- ]?(?:factor|step)|2 (?:schritten|etapes|pasos)|2fa|otp|one[- ]time (?:code|password|passcode)|(?:verification|"
    r"security|sms|authentication) codes?|security (?:settings|questions?)|hack(?:ed|er|ers|ing)|"
    r"fraud\w*|scam(?:med|mer|mers)|phishing|unauthori[sz]ed|unrecogni[sz]ed|(?:did ?n'?t|never|"
    r"did not) (?:make|authori[sz]e)|(?:do ?n'?t|do not) recogni[sz]e|not mine|someone (?:else "
    r")?(?:used|is using|has used|accessed)|(?:lost|stole|stolen|misplaced) (?:[\w']+ )?(?:card|"
    r"phone|wallet|purse)|(?:card|phone|wallet)s? (?:[\w']+ ){0,2}(?:lost|stolen)|stolen|identity "
    r"(?:theft|thie\w*)|impersonat\w*|suspicious)",
    r"(?:(?:kann|konnte|konnen) (?:[\w']+ ){0,4}nicht (?:verifizier|identifizier|legitimier)\w*|"
    r"(?:code|pin|passwort|kennwort|geheimzahl|zugangscode)\w* (?:[\w']+ )?vergessen|"
    r"(?:verifizierung|identifizierung|legitimation|videoident)\w* (?:[\w']+ ){0,3}(?:fehlgeschlagen|"
    r"abgelehnt|klappt nicht|funktioniert nicht|scheitert|gescheitert)|identitat (?:[\w']+ ){0,2}nicht "
    r"(?:bestatigt|verifiziert|nachweisen)|einlogg\w*|eingeloggt|login|anmeld(?:en|ung)|passwort\w*|kennwort\w*|geheimzahl|"
    r"zugangsdaten|kompromittiert\w*|personliche\w* (?:daten|angaben)|(?:konto|karte|zugang|"
    r"account)\w* (?:[\w']+ ){0,3}(?:gesperrt|eingefroren|gekundigt|geschlossen|blockiert|"
    r"deaktiviert)|gesperrt|ausgesperrt|zwei[- ]?faktor\w*|tan|sms[- ]?code|bestatigungscode|"
    r"sicherheits(?:code|frage|einstellung)\w*|gehackt|hacker\w*|betrug\w*|betruger\w*|phishing|"
    r"nicht autorisiert\w*|unautorisiert\w*|unbefugt\w*|nicht von mir|(?:kenne|erkenne) (?:[\w']+ "
    r"){0,2}nicht|unbekannte\w* (?:abbuchung|zahlung|transaktion|buchung)\w*|gestohlen\w*|geklaut|"
    r"(?:karte|handy|telefon|geldborse|portemonnaie|brieftasche) (?:[\w']+ ){0,3}verloren|"
    r"identitatsdiebstahl|datenleck)",
    r"(?:(?:n'arrive pas|impossible|peux pas|probleme\w*|difficulte\w*) (?:[\w']+ ){0,3}(?:verifier|"
    r"prouver|confirmer) (?:mon |ma )?identite|(?:verification|identite) (?:[\w']+ ){0,3}(?:echoue\w*|"
    r"refusee?|rejetee?|n'a pas (?:marche|fonctionne))|blocage (?:[\w']+ ){0,3}(?:sur )?(?:mon|le) compte|"
    r"compromise?s?|oublie (?:mon|ma|le|mes) (?:code|mot de passe|pin|identifiant)|"
    r"connexion a (?:mon|l'|votre) (?:compte|espace|appli\w*)|(?:me )?connecter a (?:mon|l'|"
    r"votre) (?:compte|espace|appli\w*)|identifiant\w*|mots? de passe|mdp|code (?:pin|secret|"
    r"confidentiel)|donnees personnelles|informations personnelles|(?:compte|carte|"
    r"acces) (?:[\w']+ ){0,3}(?:bloque|gele|suspendu|ferme|cloture|desactive|pirate)\w*|double "
    r"authentification|authentification\w*|code (?:de (?:verification|confirmation|securite)|sms|a "
    r"usage unique)|(?:parametres|question|code|alerte)s? de securite|pirat\w*|hack\w*|fraud\w*|"
    r"escroquer\w*|hameconnage|non autorise\w*|ne (?:reconnais|reconnait|reconnaissons) pas|(?:ce "
    r"n'est|c'est) pas moi|(?:carte|telephone|portable|portefeuille|sac) (?:[\w']+ ){0,3}(?:perdu|"
    r"vole)e?s?|(?:perdu|vole) (?:ma|mon) (?:carte|telephone|portable|portefeuille)|usurpation "
    r"d'identite)",
    r"(?:(?:no (?:puedo|consigo|logro)|problemas? (?:para|con)|imposible) (?:[\w']+ ){0,2}(?:verificar|"
    r"comprobar|demostrar|acreditar|confirmar) (?:mi )?identidad|(?:verificacion|identidad) (?:[\w']+ "
    r"){0,3}(?:fallo|fallida|rechazad[oa]|no funciona)|(?:olvide|he olvidado|olvido) (?:mi|el|la) "
    r"(?:codigo|contrasena|pin|clave)|(?:iniciar|inicio de) sesion|(?:acceder|entrar|ingresar) a (?:mi|la) (?:cuenta|app|"
    r"aplicacion|banca)|contrasena\w*|(?:mi|la) clave|clave (?:de acceso|dinamica|bancaria|del "
    r"cajero)|nip|codigo (?:de (?:verificacion|seguridad|confirmacion|acceso)|sms|otp)|"
    r"datos "
    r"personales|(?:cuenta|tarjeta|acceso|usuario) (?:[\w']+ ){0,3}(?:bloquead|congelad|suspendid|"
    r"cerrad|cancelad|desactivad|hackead|jaquead)\w*|(?:me|la|mi cuenta) (?:han |ha )?(?:bloquead|"
    r"suspendid|hackead)\w*|doble (?:factor|autenticacion)|autenticacion\w*|seguridad de (?:mi|la) "
    r"cuenta|hacke\w*|jaque\w*|fraud\w*|estafad[oa]s?|suplantacion\w*|no autorizad[oa]s?|(?:no|"
    r"nunca) (?:reconozco|hice|realice|autorice)|no (?:es|son|fue) (?:mio|mia|mios|mias|yo)|"
    r"comprometid[oa]s?|(?:han |ha )?(?:bloqueado|congelado|suspendido|cerrado) (?:mi|la) (?:cuenta|tarjeta)|"
    r"(?:robaron|robado|perdi|extravie|extravio) (?:[\w']+ ){0,2}(?:tarjeta|celular|telefono|movil|"
    r"cartera|billetera)|(?:tarjeta|celular|telefono|movil|cartera|billetera) (?:[\w']+ "
    r"){0,3}(?:robad|perdid|extraviad)\w*|robo de identidad)",
)

# The identity check: verifying who the customer is (documents, selfies, KYC). How-to questions
# about it are `other`, where a PIN or a password is the account's security.
IDENTITY_CHECK_TOPIC: Final = (
    r"(?:verif(?:y|ied|ying|ication)|identity(?! (?:theft|thie\w*|fraud|stolen))|id check|kyc|selfie|proof of (?:id|address|identity))",
    r"(?:verifizier\w*|verifikation\w*|identitat(?!sdiebstahl)\w*|(?:personal)?ausweis\w*|videoident\w*|"
    r"legitimation\w*)",
    r"(?:verification\w*|verifier|identite|piece d'identite|justificatif\w*)",
    r"(?:verific\w*|identidad|dni|documento de identidad)",
)

# Staff conduct: rude or unhelpful people, lies, shouting, hang-ups, collectors harassing family.
STAFF_TOPIC: Final = (
    r"(?:sales(?:man|men|person|people|woman|women|rep|reps)|rude\w*|unhelpful|unprofessional\w*|impolite|disrespect\w*|condescending|patroni[sz]\w*|"
    r"dismissive|arrogant|attitude|(?:staff|employee|agent|rep|representative|advisor|adviser|"
    r"manager|supervisor|cashier|waiter|waitress|clerk|operator|receptionist|technician)s?|"
    r"members? of staff|(?:ignored|lied to|shouted at|yelled at|screamed at|laughed at|swore at|"
    r"hung up on|talked down to|treated) (?:me|us|my)|shouted|yelled|screamed|swore|lied|lying|"
    r"hung up|(?:debt )?collectors? (?:[\w']+ ){0,3}(?:calling|called|harass\w*|contact\w*)|"
    r"harass\w*|(?:calling|called|contacted|rang|ringing) (?:[\w']+ ){0,2}(?:my|at) (?:family|"
    r"employer|work|boss|parents|neighbou?rs|relatives|references))",
    r"(?:unhoflich\w*|unfreundlich\w*|respektlos\w*|herablassend\w*|arrogant\w*|frech(?:e|er|en)?|"
    r"unprofessionell\w*|pampig\w*|patzig\w*|(?:schlechte|unmogliche) (?:einstellung|art)|"
    r"umgangston|personal|\w*manager(?:in)?|mitarbeiter\w*|angestellte\w*|kundenberater\w*|sachbearbeiter\w*|filialleiter\w*|"
    r"vorgesetzte\w*|kassierer\w*|verkaufer\w*|berater(?:in)?|angeschrien|angelogen|angeschnauzt|"
    r"abgewimmelt|ignoriert|beleidigt|ausgelacht|aufgelegt|belastig\w*|(?:inkasso\w*|"
    r"schuldeneintreiber\w*) (?:[\w']+ ){0,4}(?:ruft|anruf\w*|kontaktiert)|(?:ruft|rufen|riefen|"
    r"angerufen|kontaktiert) (?:[\w']+ ){0,3}(?:meine?n? )?(?:familie|arbeitgeber|chef|eltern|"
    r"nachbarn))",
    r"(?:impoli\w*|malpoli\w*|grossier\w*|irrespectu\w*|manque de respect|meprisant\w*|"
    r"condescendant\w*|arrogant\w*|desagreable\w*|antipathique\w*|(?:non|peu|pas) professionnel\w*|"
    r"mal (?:accueilli|recu|traite|parle)e?s?|accueil (?:[\w']+ )?(?:deplorable|execrable|glacial|"
    r"lamentable)|(?:un|le|la|les|votre|vos|cet|cette|au|aux) (?:employe|conseiller|conseillere|agent|"
    r"vendeur|vendeuse|caissier|caissiere|manager|responsable|gerant|gerante|personnel|technicien|"
    r"operateur|operatrice)s?|(?:m'a|nous a|m'ont|nous ont) (?:[\w']+ )?(?:crie dessus|raccroche|"
    r"menti|ignore|insulte|pris de haut|mal parle)|raccroche au nez|crie dessus|harcel\w*|"
    r"(?:recouvrement|huissier)s? (?:[\w']+ ){0,4}(?:appel\w*|harcel\w*)|(?:appel\w*|contacte\w*) "
    r"(?:[\w']+ ){0,3}(?:ma famille|mon employeur|mon patron|mes parents|mes voisins|mon travail))",
    r"(?:groser[oa]s?|groseria\w*|maleducad[oa]s?|mal educad[oa]s?|descortes\w*|irrespetuos[oa]s?|"
    r"falta de respeto|prepotente\w*|arrogante\w*|despota\w*|antipatic[oa]s?|poco profesional\w*|"
    r"falta de profesionalismo|no profesional\w*|mala (?:actitud|atencion|onda)|actitud|(?:el|la|"
    r"los|las|un|una|su|sus|al|del) (?:emplead[oa]s?|asesor(?:a|es|as)?|agentes?|cajeras?|vendedor(?:a|es|"
    r"as)?|gerentes?|encargad[oa]s?|supervisor(?:a|es|as)?|personal|dependient[ea]s?|operador(?:a|"
    r"es|as)?|recepcionistas?|ejecutiv[oa]s?)|(?:me|nos) (?:[\w']+ )?(?:grito|gritaron|mintio|"
    r"mintieron|ignoro|ignoraron|colgo|colgaron|insulto|insultaron|trato mal|trataron mal|atendio "
    r"mal|atendieron mal)|me (?:han|ha) colgado|acos\w*|hostig\w*|(?:llaman|llamaron|contactaron|"
    r"contactan) (?:a )?(?:mi|mis) (?:familia\w*|trabajo|jefe|padres|vecinos|referencias)|"
    r"cobrador(?:es)? (?:[\w']+ ){0,3}(?:llam\w*|acos\w*))",
)
