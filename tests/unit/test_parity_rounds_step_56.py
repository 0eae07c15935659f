"""Parity rounds on unlabelled text (step 56): one complaint read alike in four languages.

Each group is a first tweet, a banking question or a complaint written for one of the
definitions' situations, with German, French and Spanish translations written for this test.
Rounds 1 to 10 of docs/triage-quality.md, step 56; the few groups still apart are named there.
"""

import pytest

from onecase_triage.domain.urgency import score_urgency

PARITY_ROUNDS = [
    (
        "@GreggsOfficial just received the most awful customer service from Sandra in your Holloway Seven Sisters Road store. Will not be going back.",
        "@GreggsOfficial habe gerade den furchtbarsten Kundenservice überhaupt von Sandra in eurer Filiale an der Holloway Seven Sisters Road erlebt. Ich komme nicht wieder.",
        "@GreggsOfficial je viens de subir le pire service client qui soit de la part de Sandra dans votre magasin de Holloway Seven Sisters Road. Je n'y retournerai pas.",
        "@GreggsOfficial acabo de recibir la peor atención al cliente posible de Sandra en vuestra tienda de Holloway Seven Sisters Road. No pienso volver.",
    ),
    (
        "The joys of not being able to stream anything after like 8pm is such bullshit. Happens EVERY SINGLE NIGHT. I'm ready to cancel my damn contract",
        "Was für ein Spaß, nach 20 Uhr nichts mehr streamen zu können, so ein Bullshit. Passiert JEDEN EINZELNEN ABEND. Ich bin bereit, meinen verdammten Vertrag zu kündigen",
        "Le bonheur de ne plus pouvoir rien streamer après 20h, c'est des conneries. Ça arrive TOUS LES SOIRS SANS EXCEPTION. Je suis prêt à résilier mon putain de contrat",
        "Qué maravilla no poder ver nada en streaming a partir de las 8, es una mierda. Pasa TODAS LAS NOCHES. Estoy a punto de cancelar mi maldito contrato",
    ),
    (
        "@Delta hello. I accidentally cancelled my flight. Please help!",
        "@Delta Hallo. Ich habe aus Versehen meinen Flug storniert. Bitte helft mir!",
        "@Delta bonjour. J'ai annulé mon vol par erreur. Aidez-moi s'il vous plaît !",
        "@Delta hola. He cancelado mi vuelo sin querer. ¡Ayuda, por favor!",
    ),
    (
        "@sainsburys may I have a replacement broccoli as I had to throw this one away and left me very distressed and hungry!",
        "@sainsburys kann ich einen Ersatz-Brokkoli bekommen, ich musste diesen wegwerfen und jetzt bin ich total aufgebracht und hungrig!",
        "@sainsburys est-ce que je peux avoir un brocoli de remplacement, j'ai dû jeter celui-ci et ça m'a laissé très contrarié et affamé !",
        "@sainsburys ¿me podéis dar un brócoli de repuesto? Tuve que tirar este y me he quedado muy disgustado y con hambre.",
    ),
    (
        "@ArgosHelpers No one at Argos seems bothered. I've got to take it back and collect another 11 miles away 😡",
        "@ArgosHelpers Bei Argos scheint sich niemand darum zu kümmern. Ich muss es zurückbringen und ein anderes 18 Kilometer entfernt abholen 😡",
        "@ArgosHelpers Personne chez Argos ne semble s'en soucier. Je dois le rapporter et en récupérer un autre à 18 kilomètres 😡",
        "@ArgosHelpers A nadie en Argos parece importarle. Tengo que devolverlo y recoger otro a 18 kilómetros 😡",
    ),
    (
        "The funds I transferred are not in my account",
        "Das Geld, das ich überwiesen habe, ist nicht auf meinem Konto",
        "Les fonds que j'ai virés ne sont pas sur mon compte",
        "Los fondos que transferí no están en mi cuenta",
    ),
    (
        "I left my phone somewhere and can't use the app.",
        "Ich habe mein Handy irgendwo liegen lassen und kann die App nicht benutzen.",
        "J'ai oublié mon téléphone quelque part et je ne peux pas utiliser l'application.",
        "Me dejé el móvil en algún sitio y no puedo usar la aplicación.",
    ),
    (
        "Please help me.  My card is missing.",
        "Bitte helfen Sie mir. Meine Karte ist weg.",
        "Aidez-moi s'il vous plaît. Ma carte a disparu.",
        "Ayúdenme, por favor. Mi tarjeta ha desaparecido.",
    ),
    (
        "@UPSHelp I have 3 packages set to arrive and there is no tracking info even with a tracking #. Are you guys having an issue?",
        "@UPSHelp Ich erwarte 3 Pakete und es gibt keine Sendungsinfos, obwohl ich eine Sendungsnummer habe. Habt ihr ein Problem?",
        "@UPSHelp J'ai 3 colis qui doivent arriver et aucune info de suivi, même avec un numéro de suivi. Vous avez un problème ?",
        "@UPSHelp Tengo 3 paquetes que deberían llegar y no hay información de seguimiento aunque tengo el número. ¿Tenéis algún problema?",
    ),
    (
        "@AmazonHelp Filled out additional info about this package not delivered and haven't heard anything after more than 24hrs",
        "@AmazonHelp Habe zusätzliche Infos zu diesem nicht zugestellten Paket ausgefüllt und nach über 24 Stunden nichts gehört",
        "@AmazonHelp J'ai rempli des infos supplémentaires sur ce colis non livré et je n'ai eu aucune nouvelle après plus de 24 h",
        "@AmazonHelp Rellené información adicional sobre este paquete no entregado y no he sabido nada después de más de 24 horas",
    ),
    (
        "I see a payment on my card for a shop I have never been to, and another one just came through. Please block it.",
        "Ich sehe eine Zahlung mit meiner Karte in einem Geschäft, in dem ich nie war, und gerade kam noch eine. Bitte sperren Sie sie.",
        "Je vois un paiement avec ma carte dans un magasin où je ne suis jamais allé, et un autre vient de passer. Bloquez-la s'il vous plaît.",
        "Veo un pago con mi tarjeta en una tienda en la que nunca he estado, y acaba de entrar otro. Por favor, bloquéenla.",
    ),
    (
        "My wallet was stolen on the train this morning with my card in it.",
        "Mir wurde heute Morgen im Zug das Portemonnaie mit meiner Karte gestohlen.",
        "On m'a volé mon portefeuille dans le train ce matin avec ma carte dedans.",
        "Esta mañana me robaron la cartera en el tren con mi tarjeta dentro.",
    ),
    (
        "You froze my account two weeks ago and I still can't get to my salary. I have rent to pay on Friday.",
        "Sie haben mein Konto vor zwei Wochen gesperrt und ich komme immer noch nicht an mein Gehalt. Am Freitag muss ich die Miete zahlen.",
        "Vous avez bloqué mon compte il y a deux semaines et je n'ai toujours pas accès à mon salaire. Je dois payer mon loyer vendredi.",
        "Me congelaron la cuenta hace dos semanas y sigo sin poder acceder a mi sueldo. El viernes tengo que pagar el alquiler.",
    ),
    (
        "This is the fourth time I am writing to you about the same double charge and nobody answers. I will take this to the ombudsman.",
        "Das ist das vierte Mal, dass ich Ihnen wegen derselben doppelten Abbuchung schreibe, und niemand antwortet. Ich werde mich an die Schlichtungsstelle wenden.",
        "C'est la quatrième fois que je vous écris pour le même double prélèvement et personne ne répond. Je vais saisir le médiateur.",
        "Es la cuarta vez que os escribo por el mismo cargo duplicado y nadie contesta. Voy a acudir al defensor del cliente.",
    ),
    (
        "Someone opened a credit card in my name and new accounts keep showing up on my report.",
        "Jemand hat in meinem Namen eine Kreditkarte eröffnet und es tauchen immer neue Konten in meiner Auskunft auf.",
        "Quelqu'un a ouvert une carte de crédit à mon nom et de nouveaux comptes continuent d'apparaître sur mon rapport.",
        "Alguien abrió una tarjeta de crédito a mi nombre y siguen apareciendo cuentas nuevas en mi informe.",
    ),
    (
        "I can't log in since yesterday, the code never arrives, and I've called three times.",
        "Ich kann mich seit gestern nicht einloggen, der Code kommt nie an, und ich habe dreimal angerufen.",
        "Je n'arrive pas à me connecter depuis hier, le code n'arrive jamais, et j'ai appelé trois fois.",
        "No puedo iniciar sesión desde ayer, el código nunca llega y he llamado tres veces.",
    ),
    (
        "My elderly mother can't buy her medicine because you blocked her card.",
        "Meine alte Mutter kann ihre Medikamente nicht kaufen, weil Sie ihre Karte gesperrt haben.",
        "Ma mère âgée ne peut pas acheter ses médicaments parce que vous avez bloqué sa carte.",
        "Mi madre mayor no puede comprar sus medicinas porque le bloquearon la tarjeta.",
    ),
    (
        "The refund you promised a month ago never came.",
        "Die Rückerstattung, die Sie mir vor einem Monat versprochen haben, ist nie gekommen.",
        "Le remboursement que vous m'aviez promis il y a un mois n'est jamais arrivé.",
        "El reembolso que me prometieron hace un mes nunca llegó.",
    ),
    (
        "The cashier was rude and laughed at me when I asked for help.",
        "Die Kassiererin war unhöflich und hat mich ausgelacht, als ich um Hilfe gebeten habe.",
        "La caissière a été impolie et s'est moquée de moi quand j'ai demandé de l'aide.",
        "La cajera fue maleducada y se rió de mí cuando pedí ayuda.",
    ),
    (
        "How do I change the address on my account?",
        "Wie ändere ich die Adresse in meinem Konto?",
        "Comment je change l'adresse de mon compte ?",
        "¿Cómo cambio la dirección de mi cuenta?",
    ),
]

PARITY_ROUNDS += [
    (
        "There is a gas smell coming from the meter your technician installed yesterday and my kids are at home.",
        "Aus dem Zähler, den Ihr Techniker gestern eingebaut hat, riecht es nach Gas, und meine Kinder sind zu Hause.",
        "Il y a une odeur de gaz qui vient du compteur que votre technicien a installé hier et mes enfants sont à la maison.",
        "Hay olor a gas que sale del contador que instaló ayer su técnico y mis hijos están en casa.",
    ),
    (
        "THIS IS THE WORST BANK EVER. I AM CALLING MY LAWYER TOMORROW AND SUING YOU.",
        "DAS IST DIE SCHLECHTESTE BANK ÜBERHAUPT. ICH RUFE MORGEN MEINEN ANWALT AN UND VERKLAGE SIE.",
        "C'EST LA PIRE BANQUE QUI SOIT. J'APPELLE MON AVOCAT DEMAIN ET JE VOUS TRAÎNE EN JUSTICE.",
        "ES EL PEOR BANCO DEL MUNDO. MAÑANA LLAMO A MI ABOGADO Y OS DENUNCIO.",
    ),
    (
        "I've had enough, I'm closing my account and moving to another bank.",
        "Mir reicht's, ich kündige mein Konto und wechsle zu einer anderen Bank.",
        "J'en ai assez, je ferme mon compte et je passe à une autre banque.",
        "Ya estoy harto, voy a cerrar mi cuenta y me cambio a otro banco.",
    ),
    (
        "I have had no internet at all for three days and I work from home.",
        "Ich habe seit drei Tagen überhaupt kein Internet und arbeite von zu Hause.",
        "Je n'ai plus du tout internet depuis trois jours et je travaille à domicile.",
        "Llevo tres días sin nada de internet y trabajo desde casa.",
    ),
    (
        "Someone changed my password and email, I can't get into my account anymore.",
        "Jemand hat mein Passwort und meine E-Mail geändert, ich komme nicht mehr in mein Konto.",
        "Quelqu'un a changé mon mot de passe et mon e-mail, je ne peux plus accéder à mon compte.",
        "Alguien cambió mi contraseña y mi correo, ya no puedo entrar en mi cuenta.",
    ),
    (
        "My paycheck deposit has been on hold for ten days and I can't pay my bills.",
        "Meine Gehaltseinzahlung wird seit zehn Tagen zurückgehalten und ich kann meine Rechnungen nicht bezahlen.",
        "Le dépôt de mon salaire est bloqué depuis dix jours et je ne peux pas payer mes factures.",
        "El depósito de mi nómina lleva diez días retenido y no puedo pagar mis facturas.",
    ),
    (
        "Thank you so much, the agent on the phone sorted everything out in five minutes!",
        "Vielen Dank, der Mitarbeiter am Telefon hat alles in fünf Minuten geklärt!",
        "Merci beaucoup, le conseiller au téléphone a tout réglé en cinq minutes !",
        "¡Muchas gracias, el agente al teléfono lo solucionó todo en cinco minutos!",
    ),
    (
        "My order was supposed to arrive on Monday and it's Thursday now.",
        "Meine Bestellung sollte am Montag ankommen und jetzt ist Donnerstag.",
        "Ma commande devait arriver lundi et on est jeudi.",
        "Mi pedido tenía que llegar el lunes y ya es jueves.",
    ),
    (
        "I was injured when the bus braked suddenly and the driver didn't even stop.",
        "Ich wurde verletzt, als der Bus plötzlich bremste, und der Fahrer hat nicht einmal angehalten.",
        "J'ai été blessé quand le bus a freiné brusquement et le chauffeur ne s'est même pas arrêté.",
        "Me lesioné cuando el autobús frenó de golpe y el conductor ni siquiera paró.",
    ),
    (
        "I have been waiting three weeks for a replacement card and called four times.",
        "Ich warte seit drei Wochen auf eine Ersatzkarte und habe viermal angerufen.",
        "J'attends une carte de remplacement depuis trois semaines et j'ai appelé quatre fois.",
        "Llevo tres semanas esperando una tarjeta de reemplazo y he llamado cuatro veces.",
    ),
]

PARITY_ROUNDS += [
    (
        "@Airline my flight was cancelled and I'm stuck at the airport with my two kids, no hotel, no food vouchers. Nobody at the desk.",
        "@Airline mein Flug wurde gestrichen und ich sitze mit meinen zwei Kindern am Flughafen fest, kein Hotel, keine Essensgutscheine. Niemand am Schalter.",
        "@Airline mon vol a été annulé et je suis bloqué à l'aéroport avec mes deux enfants, pas d'hôtel, pas de bons repas. Personne au comptoir.",
        "@Airline me cancelaron el vuelo y estoy atrapado en el aeropuerto con mis dos hijos, sin hotel ni vales de comida. No hay nadie en el mostrador.",
    ),
    (
        "I was charged twice for the same purchase and the second charge is still pending.",
        "Mir wurde derselbe Einkauf zweimal berechnet und die zweite Belastung ist noch ausstehend.",
        "On m'a débité deux fois le même achat et le deuxième débit est toujours en attente.",
        "Me cobraron dos veces la misma compra y el segundo cargo sigue pendiente.",
    ),
    (
        "@Telco your app keeps crashing every time I try to pay my bill. Fix it!",
        "@Telco eure App stürzt jedes Mal ab, wenn ich meine Rechnung bezahlen will. Repariert das!",
        "@Telco votre appli plante à chaque fois que j'essaie de payer ma facture. Réparez ça !",
        "@Telco vuestra app se cierra cada vez que intento pagar la factura. ¡Arregladlo!",
    ),
    (
        "I am a disabled veteran and you have frozen my only account. I can't buy food this week.",
        "Ich bin ein Veteran mit Behinderung und Sie haben mein einziges Konto eingefroren. Ich kann diese Woche kein Essen kaufen.",
        "Je suis un ancien combattant handicapé et vous avez gelé mon seul compte. Je ne peux pas acheter à manger cette semaine.",
        "Soy un veterano con discapacidad y me han congelado mi única cuenta. No puedo comprar comida esta semana.",
    ),
    (
        "The package says delivered but it is not here. The driver must have left it somewhere else.",
        "Laut Sendungsverfolgung wurde das Paket zugestellt, aber es ist nicht da. Der Fahrer muss es woanders abgelegt haben.",
        "Le colis est indiqué comme livré mais il n'est pas là. Le livreur a dû le laisser ailleurs.",
        "El paquete figura como entregado pero no está aquí. El repartidor lo habrá dejado en otro sitio.",
    ),
    (
        "Can I get a paper statement sent to my home?",
        "Kann ich einen Kontoauszug auf Papier nach Hause geschickt bekommen?",
        "Est-ce que je peux recevoir un relevé papier à la maison ?",
        "¿Me pueden enviar un extracto en papel a casa?",
    ),
    (
        "I reported my card stolen yesterday but there are still new charges on it today.",
        "Ich habe meine Karte gestern als gestohlen gemeldet, aber heute gibt es immer noch neue Abbuchungen darauf.",
        "J'ai déclaré ma carte volée hier mais il y a encore de nouveaux débits dessus aujourd'hui.",
        "Ayer denuncié el robo de mi tarjeta pero hoy sigue habiendo cargos nuevos.",
    ),
    (
        "Your support agent hung up on me twice today. Unbelievable.",
        "Ihr Support-Mitarbeiter hat heute zweimal einfach aufgelegt. Unglaublich.",
        "Votre conseiller m'a raccroché au nez deux fois aujourd'hui. Incroyable.",
        "Vuestro agente de soporte me ha colgado dos veces hoy. Increíble.",
    ),
    (
        "I disputed this late payment with you in March and again in May, and it is still on my credit report.",
        "Ich habe diese verspätete Zahlung im März und noch einmal im Mai bei Ihnen angefochten, und sie steht immer noch in meiner Kreditauskunft.",
        "J'ai contesté ce retard de paiement auprès de vous en mars puis à nouveau en mai, et il figure toujours sur mon rapport de crédit.",
        "Impugné este pago atrasado con ustedes en marzo y otra vez en mayo, y sigue apareciendo en mi informe de crédito.",
    ),
    (
        "The water coming out of my tap is brown since your works on the street.",
        "Das Wasser aus meinem Hahn ist braun, seit Sie an der Straße arbeiten.",
        "L'eau qui sort de mon robinet est marron depuis vos travaux dans la rue.",
        "El agua que sale del grifo está marrón desde vuestras obras en la calle.",
    ),
]

PARITY_ROUNDS += [
    (
        "I have sent three certified letters to the credit bureau and they have not removed the fraudulent account.",
        "Ich habe drei Einschreiben an die Auskunftei geschickt und sie haben das betrügerische Konto nicht entfernt.",
        "J'ai envoyé trois lettres recommandées au bureau de crédit et ils n'ont pas supprimé le compte frauduleux.",
        "He enviado tres cartas certificadas a la agencia de crédito y no han eliminado la cuenta fraudulenta.",
    ),
    (
        "My mortgage servicer applied my payment to the wrong month and now says I am late.",
        "Mein Hypothekenverwalter hat meine Zahlung dem falschen Monat zugeordnet und sagt jetzt, ich sei im Verzug.",
        "Mon organisme de prêt immobilier a imputé mon paiement au mauvais mois et dit maintenant que je suis en retard.",
        "La entidad de mi hipoteca aplicó mi pago al mes equivocado y ahora dice que voy con retraso.",
    ),
    (
        "Is it possible to have two cards on the same account?",
        "Kann ich zwei Karten für dasselbe Konto haben?",
        "Est-il possible d'avoir deux cartes sur le même compte ?",
        "¿Es posible tener dos tarjetas en la misma cuenta?",
    ),
    (
        "The ATM took my card and did not give it back. I am abroad and have no other way to pay.",
        "Der Geldautomat hat meine Karte eingezogen und nicht zurückgegeben. Ich bin im Ausland und kann sonst nicht bezahlen.",
        "Le distributeur a avalé ma carte et ne me l'a pas rendue. Je suis à l'étranger et je n'ai pas d'autre moyen de payer.",
        "El cajero se tragó mi tarjeta y no me la devolvió. Estoy en el extranjero y no tengo otra forma de pagar.",
    ),
    (
        "I received a letter saying a loan was taken out in my name. I never applied for any loan.",
        "Ich habe einen Brief bekommen, dass in meinem Namen ein Kredit aufgenommen wurde. Ich habe nie einen Kredit beantragt.",
        "J'ai reçu une lettre disant qu'un prêt a été souscrit à mon nom. Je n'ai jamais demandé de prêt.",
        "Recibí una carta diciendo que se había pedido un préstamo a mi nombre. Nunca he solicitado ningún préstamo.",
    ),
    (
        "The collector told my neighbours about my debt. This is humiliating.",
        "Der Inkassomitarbeiter hat meinen Nachbarn von meinen Schulden erzählt. Das ist demütigend.",
        "L'agent de recouvrement a parlé de ma dette à mes voisins. C'est humiliant.",
        "El cobrador les contó a mis vecinos lo de mi deuda. Es humillante.",
    ),
    (
        "My account was closed without any notice and my balance of 2,300 dollars has not been returned.",
        "Mein Konto wurde ohne Vorwarnung geschlossen und mein Guthaben von 2.300 Dollar wurde nicht zurückgezahlt.",
        "Mon compte a été fermé sans préavis et mon solde de 2 300 dollars ne m'a pas été rendu.",
        "Me cerraron la cuenta sin previo aviso y no me han devuelto mi saldo de 2.300 dólares.",
    ),
    (
        "Love the new app design, much easier to use!",
        "Ich liebe das neue App-Design, viel einfacher zu bedienen!",
        "J'adore le nouveau design de l'appli, beaucoup plus simple à utiliser !",
        "¡Me encanta el nuevo diseño de la app, mucho más fácil de usar!",
    ),
    (
        "I have been on hold for two hours and the line keeps dropping.",
        "Ich hänge seit zwei Stunden in der Warteschleife und die Verbindung bricht ständig ab.",
        "Je suis en attente depuis deux heures et la ligne n'arrête pas de couper.",
        "Llevo dos horas en espera y la llamada se corta todo el rato.",
    ),
    (
        "My husband passed away and you keep charging fees on his account even though I sent the death certificate.",
        "Mein Mann ist verstorben und Sie buchen weiter Gebühren von seinem Konto ab, obwohl ich die Sterbeurkunde geschickt habe.",
        "Mon mari est décédé et vous continuez de prélever des frais sur son compte alors que j'ai envoyé l'acte de décès.",
        "Mi marido falleció y siguen cobrando comisiones en su cuenta aunque envié el certificado de defunción.",
    ),
]

PARITY_ROUNDS += [
    (
        "@Spotify why do you keep shuffling my playlist when shuffle is off? So annoying.",
        "@Spotify warum mischt ihr ständig meine Playlist, obwohl Zufallswiedergabe aus ist? So nervig.",
        "@Spotify pourquoi vous mélangez toujours ma playlist alors que la lecture aléatoire est désactivée ? Trop énervant.",
        "@Spotify ¿por qué mezcláis siempre mi lista aunque el modo aleatorio está desactivado? Qué molesto.",
    ),
    (
        "@Store you were out of oat milk again today. Third week in a row.",
        "@Store ihr hattet heute schon wieder keine Hafermilch. Die dritte Woche in Folge.",
        "@Store vous n'aviez encore pas de lait d'avoine aujourd'hui. Troisième semaine d'affilée.",
        "@Store hoy otra vez no teníais leche de avena. Tercera semana seguida.",
    ),
    (
        "@Airline is there wifi on the flight to Boston tomorrow?",
        "@Airline gibt es morgen auf dem Flug nach Boston WLAN?",
        "@Airline est-ce qu'il y a du wifi sur le vol pour Boston demain ?",
        "@Airline ¿hay wifi en el vuelo a Boston de mañana?",
    ),
    (
        "@Bank your app logged me out again and now it won't accept my fingerprint.",
        "@Bank eure App hat mich schon wieder abgemeldet und jetzt akzeptiert sie meinen Fingerabdruck nicht.",
        "@Bank votre appli m'a encore déconnecté et maintenant elle n'accepte plus mon empreinte.",
        "@Bank vuestra app me ha vuelto a cerrar la sesión y ahora no acepta mi huella.",
    ),
    (
        "@Telco my bill went up by 10 pounds this month with no explanation.",
        "@Telco meine Rechnung ist diesen Monat ohne Erklärung um 10 Pfund gestiegen.",
        "@Telco ma facture a augmenté de 10 livres ce mois-ci sans aucune explication.",
        "@Telco mi factura ha subido 10 libras este mes sin ninguna explicación.",
    ),
    (
        "@Pizza my pizza arrived cold and an hour late.",
        "@Pizza meine Pizza kam kalt und eine Stunde zu spät an.",
        "@Pizza ma pizza est arrivée froide et avec une heure de retard.",
        "@Pizza mi pizza llegó fría y con una hora de retraso.",
    ),
    (
        "@Rail the 8:05 is cancelled again and there's no replacement bus. I'll be late for work.",
        "@Rail der 8:05 fällt schon wieder aus und es gibt keinen Ersatzbus. Ich komme zu spät zur Arbeit.",
        "@Rail le train de 8h05 est encore supprimé et il n'y a pas de bus de remplacement. Je vais être en retard au travail.",
        "@Rail el de las 8:05 está otra vez cancelado y no hay autobús de sustitución. Voy a llegar tarde al trabajo.",
    ),
    (
        "@Shop the jacket I ordered is two sizes too small even though I ordered my usual size.",
        "@Shop die Jacke, die ich bestellt habe, ist zwei Nummern zu klein, obwohl ich meine übliche Größe bestellt habe.",
        "@Shop la veste que j'ai commandée est trop petite de deux tailles alors que j'ai pris ma taille habituelle.",
        "@Shop la chaqueta que pedí es dos tallas más pequeña aunque pedí mi talla de siempre.",
    ),
    (
        "Great job @Airline, the crew on my flight today were fantastic.",
        "Toller Job @Airline, die Crew auf meinem Flug heute war fantastisch.",
        "Bravo @Airline, l'équipage de mon vol aujourd'hui était fantastique.",
        "Buen trabajo @Airline, la tripulación de mi vuelo de hoy fue fantástica.",
    ),
    (
        "@Bank I was told my complaint would be answered in 48 hours. It's been two weeks.",
        "@Bank mir wurde gesagt, meine Beschwerde würde in 48 Stunden beantwortet. Jetzt sind es zwei Wochen.",
        "@Bank on m'avait dit que ma réclamation serait traitée sous 48 heures. Ça fait deux semaines.",
        "@Bank me dijeron que responderían a mi reclamación en 48 horas. Ya han pasado dos semanas.",
    ),
]

PARITY_ROUNDS += [
    (
        "I am writing to dispute an inaccurate late payment reported on my account. I have enclosed my bank statements proving the payment was made on time.",
        "Ich schreibe, um eine fehlerhafte verspätete Zahlung anzufechten, die zu meinem Konto gemeldet wurde. Beigefügt sind meine Kontoauszüge, die belegen, dass die Zahlung pünktlich erfolgt ist.",
        "Je vous écris pour contester un retard de paiement inexact signalé sur mon compte. Vous trouverez ci-joint mes relevés bancaires prouvant que le paiement a été effectué à temps.",
        "Les escribo para impugnar un pago atrasado inexacto que figura en mi cuenta. Adjunto mis extractos bancarios que demuestran que el pago se hizo a tiempo.",
    ),
    (
        "The company has ignored my requests for validation of this debt for over six months and continues to report it.",
        "Das Unternehmen ignoriert seit über sechs Monaten meine Aufforderungen, diese Forderung nachzuweisen, und meldet sie weiterhin.",
        "L'entreprise ignore mes demandes de justification de cette dette depuis plus de six mois et continue de la signaler.",
        "La empresa lleva más de seis meses ignorando mis solicitudes de validación de esta deuda y sigue reportándola.",
    ),
    (
        "The loan servicer charged me late fees even though I was on an approved forbearance plan.",
        "Der Kreditdienstleister hat mir Mahngebühren berechnet, obwohl ich einen genehmigten Stundungsplan hatte.",
        "Le gestionnaire de mon prêt m'a facturé des frais de retard alors que j'avais un plan de report de paiement approuvé.",
        "La entidad que gestiona mi préstamo me cobró recargos por demora aunque tenía un plan de aplazamiento aprobado.",
    ),
    (
        "I am a single mother and the bank closed my account with my child support payments inside. I cannot pay rent.",
        "Ich bin alleinerziehend und die Bank hat mein Konto mit meinem Kindesunterhalt darauf geschlossen. Ich kann die Miete nicht bezahlen.",
        "Je suis mère célibataire et la banque a fermé mon compte avec ma pension alimentaire dessus. Je ne peux pas payer mon loyer.",
        "Soy madre soltera y el banco cerró mi cuenta con la pensión de mis hijos dentro. No puedo pagar el alquiler.",
    ),
    (
        "I requested a copy of my credit report and never received it.",
        "Ich habe eine Kopie meiner Kreditauskunft angefordert und sie nie erhalten.",
        "J'ai demandé une copie de mon rapport de crédit et je ne l'ai jamais reçue.",
        "Solicité una copia de mi informe de crédito y nunca la recibí.",
    ),
    (
        "Please remove this hard inquiry, I did not authorize it.",
        "Bitte entfernen Sie diese Abfrage, ich habe sie nicht genehmigt.",
        "Merci de supprimer cette demande de renseignements, je ne l'ai pas autorisée.",
        "Por favor, eliminen esta consulta, yo no la autoricé.",
    ),
    (
        "They keep calling me at 6 in the morning about a debt that is not mine.",
        "Sie rufen mich ständig um 6 Uhr morgens wegen einer Schuld an, die nicht meine ist.",
        "Ils n'arrêtent pas de m'appeler à 6 heures du matin pour une dette qui n'est pas la mienne.",
        "No paran de llamarme a las 6 de la mañana por una deuda que no es mía.",
    ),
]

PARITY_ROUNDS += [
    (
        "My card got declined at the supermarket even though I have money in my account.",
        "Meine Karte wurde im Supermarkt abgelehnt, obwohl ich Geld auf dem Konto habe.",
        "Ma carte a été refusée au supermarché alors que j'ai de l'argent sur mon compte.",
        "Me rechazaron la tarjeta en el supermercado aunque tengo dinero en la cuenta.",
    ),
    (
        "How long does a transfer to another bank take?",
        "Wie lange dauert eine Überweisung zu einer anderen Bank?",
        "Combien de temps prend un virement vers une autre banque ?",
        "¿Cuánto tarda una transferencia a otro banco?",
    ),
    (
        "There are three payments to a website I don't know and they keep coming every hour.",
        "Es gibt drei Zahlungen an eine Website, die ich nicht kenne, und sie kommen jede Stunde wieder.",
        "Il y a trois paiements vers un site que je ne connais pas et ils continuent d'arriver toutes les heures.",
        "Hay tres pagos a una web que no conozco y siguen llegando cada hora.",
    ),
    (
        "I need to increase my daily withdrawal limit.",
        "Ich muss mein tägliches Abhebelimit erhöhen.",
        "J'ai besoin d'augmenter mon plafond de retrait quotidien.",
        "Necesito aumentar mi límite diario de retirada.",
    ),
    (
        "I transferred money to the wrong person by mistake, can you get it back?",
        "Ich habe aus Versehen Geld an die falsche Person überwiesen, können Sie es zurückholen?",
        "J'ai viré de l'argent à la mauvaise personne par erreur, pouvez-vous le récupérer ?",
        "Transferí dinero a la persona equivocada por error, ¿pueden recuperarlo?",
    ),
    (
        "My PIN is blocked after three wrong attempts.",
        "Meine PIN ist nach drei falschen Versuchen gesperrt.",
        "Mon code PIN est bloqué après trois tentatives erronées.",
        "Mi PIN está bloqueado después de tres intentos fallidos.",
    ),
    (
        "The exchange rate you applied is much worse than the one shown in the app.",
        "Der Wechselkurs, den Sie angewendet haben, ist viel schlechter als der in der App angezeigte.",
        "Le taux de change que vous avez appliqué est bien pire que celui affiché dans l'appli.",
        "El tipo de cambio que aplicaron es mucho peor que el que aparece en la app.",
    ),
    (
        "I lost my card yesterday, please cancel it and send me a new one.",
        "Ich habe gestern meine Karte verloren, bitte sperren Sie sie und schicken Sie mir eine neue.",
        "J'ai perdu ma carte hier, merci de la bloquer et de m'en envoyer une nouvelle.",
        "Perdí mi tarjeta ayer, por favor cancélenla y envíenme una nueva.",
    ),
    (
        "Why was my salary not credited today? It is payday and I have bills to pay.",
        "Warum wurde mein Gehalt heute nicht gutgeschrieben? Es ist Zahltag und ich muss Rechnungen bezahlen.",
        "Pourquoi mon salaire n'a pas été crédité aujourd'hui ? C'est le jour de paie et j'ai des factures à payer.",
        "¿Por qué no me han abonado hoy la nómina? Es día de cobro y tengo facturas que pagar.",
    ),
]

PARITY_ROUNDS += [
    (
        "@Telco thanks for nothing, third outage this week. Absolutely useless.",
        "@Telco danke für nichts, dritter Ausfall diese Woche. Absolut nutzlos.",
        "@Telco merci pour rien, troisième panne cette semaine. Complètement inutile.",
        "@Telco gracias por nada, tercera caída esta semana. Totalmente inútil.",
    ),
    (
        "@Airline wow, lost my bag AGAIN. Great job guys.",
        "@Airline wow, schon WIEDER meinen Koffer verloren. Super gemacht, Leute.",
        "@Airline waouh, vous avez ENCORE perdu ma valise. Bravo les gars.",
        "@Airline vaya, me habéis vuelto a perder la maleta OTRA VEZ. Buen trabajo, chicos.",
    ),
    (
        "@Bank you are a bunch of thieves, give me back my money!",
        "@Bank ihr seid eine Bande von Dieben, gebt mir mein Geld zurück!",
        "@Bank vous êtes une bande de voleurs, rendez-moi mon argent !",
        "@Bank sois una panda de ladrones, ¡devolvedme mi dinero!",
    ),
    (
        "@Shop I am extremely disappointed with the quality of the shoes I bought.",
        "@Shop ich bin äußerst enttäuscht von der Qualität der Schuhe, die ich gekauft habe.",
        "@Shop je suis extrêmement déçu par la qualité des chaussures que j'ai achetées.",
        "@Shop estoy muy decepcionado con la calidad de los zapatos que compré.",
    ),
    (
        "@Cable how is it possible that nobody can fix my internet in two weeks? Ridiculous.",
        "@Cable wie kann es sein, dass in zwei Wochen niemand mein Internet reparieren kann? Lächerlich.",
        "@Cable comment est-ce possible que personne ne puisse réparer mon internet en deux semaines ? Ridicule.",
        "@Cable ¿cómo es posible que nadie pueda arreglarme internet en dos semanas? Ridículo.",
    ),
    (
        "@Delivery your driver threw my parcel over the fence and it broke. Unacceptable.",
        "@Delivery euer Fahrer hat mein Paket über den Zaun geworfen und es ist kaputtgegangen. Inakzeptabel.",
        "@Delivery votre livreur a jeté mon colis par-dessus la clôture et il s'est cassé. Inacceptable.",
        "@Delivery vuestro repartidor tiró mi paquete por encima de la valla y se rompió. Inaceptable.",
    ),
]

PARITY_ROUNDS += [
    (
        "Money is being taken out of my account right now, five withdrawals in the last hour that I did not make!",
        "Gerade wird Geld von meinem Konto abgebucht, fünf Abhebungen in der letzten Stunde, die ich nicht gemacht habe!",
        "On est en train de retirer de l'argent de mon compte en ce moment, cinq retraits dans la dernière heure que je n'ai pas faits !",
        "Me están sacando dinero de la cuenta ahora mismo, cinco retiros en la última hora que no hice yo.",
    ),
    (
        "Someone is still using my stolen card, new charges appear every few minutes.",
        "Jemand benutzt immer noch meine gestohlene Karte, alle paar Minuten kommen neue Abbuchungen.",
        "Quelqu'un utilise toujours ma carte volée, de nouveaux débits apparaissent toutes les quelques minutes.",
        "Alguien sigue usando mi tarjeta robada, aparecen cargos nuevos cada pocos minutos.",
    ),
    (
        "Fraudsters keep opening new accounts in my name, two more this week.",
        "Betrüger eröffnen ständig neue Konten auf meinen Namen, diese Woche schon zwei weitere.",
        "Des fraudeurs continuent d'ouvrir de nouveaux comptes à mon nom, encore deux cette semaine.",
        "Unos estafadores siguen abriendo cuentas nuevas a mi nombre, dos más esta semana.",
    ),
    (
        "My father is diabetic and cannot get his insulin because his card was blocked by mistake.",
        "Mein Vater ist Diabetiker und kommt nicht an sein Insulin, weil seine Karte aus Versehen gesperrt wurde.",
        "Mon père est diabétique et ne peut pas avoir son insuline parce que sa carte a été bloquée par erreur.",
        "Mi padre es diabético y no puede conseguir su insulina porque le bloquearon la tarjeta por error.",
    ),
    (
        "You people are F***ING CROOKS. My lawyer will see you in court and I am reporting you to the regulator.",
        "Ihr seid verdammte BETRÜGER. Mein Anwalt sieht euch vor Gericht und ich melde euch bei der Aufsichtsbehörde.",
        "Vous êtes des PUTAINS D'ESCROCS. Mon avocat vous verra au tribunal et je vous signale au régulateur.",
        "Sois unos putos ESTAFADORES. Mi abogado os verá en los tribunales y os voy a denunciar al regulador.",
    ),
    (
        "The heater you installed is sparking and there is smoke in the room.",
        "Das Heizgerät, das Sie installiert haben, sprüht Funken und im Zimmer ist Rauch.",
        "Le radiateur que vous avez installé fait des étincelles et il y a de la fumée dans la pièce.",
        "La estufa que instalaron echa chispas y hay humo en la habitación.",
    ),
]


@pytest.mark.parametrize("texts", PARITY_ROUNDS)
def test_a_complaint_and_its_translations_read_at_one_level(texts: tuple[str, ...]) -> None:
    levels = {score_urgency(text, public=False, reach=0).level for text in texts}
    assert len(levels) == 1, levels
