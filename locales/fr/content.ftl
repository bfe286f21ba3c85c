# Contenu du questionnaire, en français. Les ids viennent de content/questionnaire.toml
# (voir le commentaire en haut de ce fichier). Langage simple : phrases courtes, une idée par phrase.

## Shared answer options

opt-yes = Oui
opt-no = Non
opt-not-sure = Je ne suis pas sûr ou sûre
opt-prefer-not = Je préfère ne pas répondre
opt-dont-know = Je ne sais pas
opt-other = Autre
opt-none = Aucune de ces réponses

## Procedure

q-decision-when = Quelle date est imprimée sur la lettre qui refuse votre demande d'asile ?
    .short = Date de la décision
    .why = Certains délais comptent à partir de cette date. Prenez la date imprimée sur la lettre, pas le jour où elle est arrivée.
q-decision-when-opt-lt-1w = Il y a moins d'une semaine
q-decision-when-opt-w1-4 = Il y a 1 à 4 semaines
q-decision-when-opt-m1-3 = Il y a 1 à 3 mois
q-decision-when-opt-gt-3m = Il y a plus de 3 mois

q-appeal = Est-ce que vous ou votre avocat avez fait un recours contre la décision ?
    .short = Recours
    .why = Un recours devant le tribunal peut changer la suite.
q-appeal-opt-not-yet = Non, pas encore
q-appeal-opt-running = Oui, et le tribunal n'a pas encore décidé
q-appeal-opt-lost = Oui, et le tribunal a dit non

q-appeal-term = Combien de temps votre lettre vous donne-t-elle pour faire un recours ?
    .short = Délai de recours
    .why = Le délai de recours est court. Votre lettre dit combien de temps vous avez.
q-appeal-term-opt-one-week = 10 jours ou moins (par exemple 1 semaine)
q-appeal-term-opt-four-weeks = 2 semaines ou plus (par exemple 4 semaines)

q-dublin = Est-ce que la lettre dit qu'un autre pays européen doit traiter votre demande ?
    .short = Un autre pays européen est responsable (Dublin)
    .why = Dans ce cas, d'autres règles et d'autres délais s'appliquent.

q-departure = Vous avez reçu du temps pour quitter les Pays-Bas (le délai de départ). Est-ce que ce délai est encore en cours ?
    .short = Délai de départ
    .why = Quand ce délai finit, votre accueil s'arrête souvent aussi.
q-departure-opt-running = Oui, il est encore en cours
q-departure-opt-ended = Non, il est fini
q-departure-opt-zero-days = J'ai dû partir tout de suite (0 jour)

q-entry-ban = Avez-vous reçu une interdiction d'entrée ?
    .short = Interdiction d'entrée
    .why = Une interdiction d'entrée veut dire que vous ne pouvez pas revenir en Europe pendant quelques années.

q-dtv-contact = Avez-vous eu des entretiens sur le départ avec le DT&V ? (Le DT&V est le service du gouvernement néerlandais chargé des retours.)
    .short = Entretiens avec le DT&V
    .why = Ces entretiens comptent pour certaines façons de rester.
q-dtv-contact-opt-several = Oui, plusieurs fois
q-dtv-contact-opt-once = Oui, une fois

q-reception = Où dormez-vous maintenant ?
    .short = Où vous dormez
    .why = Nous voulons savoir si vous avez un endroit sûr pour dormir.
q-reception-opt-coa = Dans un centre du COA (accueil des demandeurs d'asile)
q-reception-opt-vbl = Dans le centre de départ (VBL) à Ter Apel
q-reception-opt-family-location = Dans un lieu d'accueil pour familles
q-reception-opt-municipal = Dans un abri de nuit de la ville
q-reception-opt-friends = Chez des amis ou de la famille
q-reception-opt-street = Dans la rue, ou sans endroit fixe

## Fear on return

q-fear = Avez-vous peur de ce qui vous arrivera si vous retournez dans votre pays ?
    .short = Peur du retour
    .why = Personne ne doit être renvoyé vers le danger. Votre réponse décide de ce que nous montrons en premier.

q-fear-of = De quoi avez-vous peur ? Vous pouvez choisir plusieurs réponses.
    .short = Ce qui vous fait peur
    .why = Cela aide un conseiller à regarder à nouveau votre histoire.
q-fear-of-opt-persecution = Qu'on me persécute, par exemple pour mes croyances, mon origine ou qui je suis
q-fear-of-opt-inhuman = Qu'on me torture ou qu'on me traite avec cruauté
q-fear-of-opt-authorities = La police, l'armée ou le gouvernement
q-fear-of-opt-group = Un groupe, un gang ou une famille
q-fear-of-opt-war = La guerre ou la violence dans ma région

q-understood = Avez-vous le sentiment que votre histoire d'asile a été comprise ?
    .short = Si votre histoire a été comprise
    .why = Sinon, un deuxième regard sur votre histoire peut aider.
q-understood-opt-partly = En partie

q-new-facts = Est-ce que quelque chose a changé depuis la décision ? Vous pouvez choisir plusieurs réponses.
    .short = Ce qui a changé depuis la décision
    .why = Des faits nouveaux peuvent être une raison pour une nouvelle demande.
q-new-facts-opt-country-changed = La situation dans mon pays est devenue pire
q-new-facts-opt-lgbti = Je peux maintenant dire que je suis lesbienne, gay, bisexuel(le), trans ou intersexe
q-new-facts-opt-conversion = J'ai changé de religion
q-new-facts-opt-political = J'ai commencé à faire de la politique
q-new-facts-opt-documents = J'ai de nouveaux documents
q-new-facts-opt-witnesses = J'ai trouvé de nouveaux témoins

## Health and safety

q-health = Est-ce qu'une de ces situations est vraie pour vous maintenant ? Vous pouvez choisir plusieurs réponses.
    .short = Santé
    .why = Une maladie ou une grossesse peut être une raison de reporter le départ.
q-health-opt-serious-illness = J'ai une maladie grave et je reçois un traitement
q-health-opt-pregnant = Je suis enceinte
q-health-opt-tb = Je reçois un traitement contre la tuberculose (TB)
q-health-opt-mental = J'ai beaucoup de stress, de peur ou de tristesse

q-doctor = Pouvez-vous voir un médecin quand vous en avez besoin ?
    .short = Accès à un médecin
    .why = Aux Pays-Bas, tout le monde a droit aux soins médicaux nécessaires.

q-crisis = Pensez-vous parfois à mettre fin à votre vie ?
    .short = Penser à mettre fin à votre vie
    .why = Si oui, nous vous montrons où trouver de l'aide tout de suite, de jour comme de nuit.
q-crisis-opt-often = Oui, souvent
q-crisis-opt-sometimes = Oui, parfois

q-unsafe-now = Vous sentez-vous en danger là où vous êtes en ce moment ?
    .short = Sentiment d'insécurité maintenant
    .why = Votre sécurité passe en premier.

q-trafficking = Est-ce que quelqu'un vous a fait une de ces choses ? Vous pouvez choisir plusieurs réponses.
    .short = Signes d'exploitation
    .why = Aux Pays-Bas, les victimes de la traite des êtres humains ont des droits particuliers.
q-trafficking-opt-debt = M'a fait payer une dette que je ne peux pas rembourser
q-trafficking-opt-forced-work = M'a fait travailler de force, ou faire des choses que je ne voulais pas
q-trafficking-opt-documents-taken = A pris mon passeport ou mes papiers
q-trafficking-opt-controlled = Décide où je vais et qui je vois

## Family

q-children = Avez-vous des enfants de moins de 18 ans avec vous aux Pays-Bas ?
    .short = Enfants avec vous
    .why = Les enfants ont leurs propres droits, par exemple à un abri et à l'école.

q-school = Vos enfants vont-ils à l'école ?
    .short = École
    .why = Tout enfant à partir de 5 ans doit aller à l'école, avec ou sans papiers.
q-school-opt-some = Certains d'entre eux
q-school-opt-too-young = Ils ont moins de 5 ans

q-family-nl = Avez-vous de la famille aux Pays-Bas avec un passeport néerlandais ou un titre de séjour ? Vous pouvez choisir plusieurs réponses.
    .short = Famille aux Pays-Bas
    .why = Les liens familiaux peuvent donner un droit de rester.
q-family-nl-opt-dutch-child = Un enfant avec un passeport néerlandais
q-family-nl-opt-partner = Un mari, une femme ou un ou une partenaire
q-family-nl-opt-other-family = D'autres membres de la famille

## Documents and country

q-documents = Avez-vous un passeport ou un autre document de voyage ?
    .short = Document de voyage
    .why = C'est important pour chaque possibilité : rester, attendre ou rentrer.
q-documents-opt-valid = Oui, et il est encore valable
q-documents-opt-expired = Oui, mais il n'est plus valable
q-documents-opt-no-document = Non
q-documents-opt-held = Les autorités néerlandaises l'ont

q-embassy = Avez-vous demandé un document de voyage à l'ambassade de votre pays ?
    .short = Contact avec l'ambassade
    .why = Si votre pays ne vous laisse pas entrer, il y a peut-être une façon de rester.
q-embassy-opt-refused = Oui, et ils ont dit non
q-embassy-opt-no-answer = Oui, mais ils n'ont pas répondu
q-embassy-opt-in-progress = Oui, et j'attends
q-embassy-opt-not-tried = Non, pas encore

q-nationality = Est-ce qu'un pays vous considère comme son citoyen ?
    .short = Nationalité
    .why = Les personnes sans nationalité (apatrides) peuvent avoir d'autres droits.
q-nationality-opt-one-country = Oui
q-nationality-opt-stateless = Non, je suis apatride
q-nationality-opt-unsure = Je ne suis pas sûr ou sûre

q-country = De quel pays venez-vous ?
    .short = Pays
    .why = L'aide et la sécurité sont différentes selon le pays.

## What you want

q-wants = Que voulez-vous faire maintenant ?
    .short = Ce que vous voulez maintenant
    .why = Nous montrons l'aide qui correspond à votre souhait. C'est vous qui décidez.
q-wants-opt-stay = Je veux essayer de rester aux Pays-Bas
q-wants-opt-unsure = Je ne sais pas encore
q-wants-opt-talk = D'abord, je veux parler à quelqu'un
q-wants-opt-return-thinking = Je pense à rentrer
q-wants-opt-return-decided = J'ai décidé de rentrer

q-new-start = Qu'est-ce qui vous aiderait à prendre un nouveau départ ? Vous pouvez choisir plusieurs réponses.
    .short = Ce qui aiderait un nouveau départ
    .why = L'aide après le retour peut être préparée autour de cela.
q-new-start-opt-work = Un travail
q-new-start-opt-business = Créer une petite entreprise
q-new-start-opt-education = Des études ou une formation
q-new-start-opt-housing = Un logement
q-new-start-opt-medical = Des soins médicaux
q-new-start-opt-family = Le contact avec la famille

q-family-origin = Avez-vous de la famille ou des amis dans votre pays qui pourraient vous aider ?
    .short = Famille ou amis dans votre pays
    .why = L'aide après le retour peut aussi servir à reprendre contact avec eux.

q-past-return = Avez-vous déjà reçu de l'aide de l'IOM ou du gouvernement pour rentrer, dans les 5 dernières années ?
    .short = Aide au retour dans le passé
    .why = Cela peut compter pour l'aide que l'IOM peut donner.

q-can-pay = Pouvez-vous payer le voyage vous-même ?
    .short = Payer le voyage
    .why = Si vous ne pouvez pas, le voyage peut être payé pour vous.

## Urgent notes

urgent-crisis = Vous n'avez pas à porter cela seul ou seule
    .what = Parlez à quelqu'un maintenant. 113 Zelfmoordpreventie est gratuit et anonyme, de jour comme de nuit.
    .next = Appelez le 113 (gratuit) ou écrivez sur 113.nl. Vous pouvez aussi en parler à un conseiller de VluchtelingenWerk.
urgent-unsafe = Votre sécurité passe en premier
    .what = Si vous êtes en danger maintenant, appelez le 112.
    .next = Allez dans un endroit sûr si vous le pouvez. Dites à un conseiller de VluchtelingenWerk ce qui s'est passé.
urgent-appeal-short = Votre délai de recours est court
    .what = Votre lettre indique combien de jours vous avez, à compter de la décision. Depuis le 12 juin 2026, ce délai peut être plus court qu'avant. Un recours ne vous coûte rien.
    .next = Contactez un avocat aujourd'hui. Si vous n'en avez pas, VluchtelingenWerk peut vous aider à en trouver un.
urgent-appeal-long = Vérifiez votre délai de recours
    .what = Votre lettre indique combien de temps vous avez, à compter de la décision. Depuis le 12 juin 2026, ce délai peut être plus court qu'avant. Un recours ne vous coûte rien.
    .next = Contactez un avocat maintenant. Si vous n'en avez pas, VluchtelingenWerk peut vous aider à en trouver un.
urgent-departure-running = Votre délai de départ est en cours
    .what = La décision vous a donné un délai pour partir, souvent 28 jours. Il compte à partir de la décision si vous n'avez pas fait de recours, ou si votre recours n'empêche pas l'expulsion. Sinon, il compte à partir du jugement du tribunal, ou de la décision sur une mesure provisoire si elle vient avant. L'accueil par le COA continue en général pendant ce temps.
    .next = Parlez de vos possibilités avec VluchtelingenWerk avant la fin de ce délai.
urgent-departure-over = Votre délai pour partir est fini
    .what = L'accueil peut s'arrêter, et on peut vous demander de partir. Ne pas partir à temps peut entraîner une interdiction d'entrée en Europe jusqu'à 5 ans, ou plus après des délits.
    .next = Parlez vite avec VluchtelingenWerk ou un avocat de vos droits et de vos possibilités.
urgent-dublin = Un autre pays européen est peut-être responsable
    .what = De nouvelles règles européennes s'appliquent à ce sujet depuis le 1er juillet 2026. Si votre demande a été enregistrée avant le 1er juillet 2026, les anciennes règles de Dublin décident encore quel pays est responsable. Des délais peuvent s'appliquer.
    .next = Demandez à VluchtelingenWerk ou à votre avocat quelles règles et quelles dates comptent pour vous.
urgent-trafficking = Vous êtes peut-être victime de la traite des êtres humains
    .what = S'il y a des signes que vous êtes victime de traite des êtres humains, la police doit vous offrir jusqu'à 3 mois de réflexion. Pendant ce temps, vous ne serez pas renvoyé.
    .next = Contactez CoMensha ou VluchtelingenWerk. Si vous portez plainte à la police (aangifte), cette plainte compte aussi comme demande de permis. Le permis dure aussi longtemps que l'enquête pénale.
urgent-shelter-family = Les familles avec enfants ont droit à un abri
    .what = Les familles avec des enfants de moins de 18 ans peuvent aller dans un lieu d'accueil pour familles.
    .next = Demandez aujourd'hui à VluchtelingenWerk de vous aider à trouver un abri.
urgent-shelter = Un endroit sûr pour dormir
    .what = Certaines villes proposent encore un abri de nuit, mais pas toutes. Les règles sont différentes selon la ville.
    .next = Demandez à VluchtelingenWerk ou à ROS quel abri est ouvert pour vous.
urgent-medical = Vous avez droit aux soins médicaux
    .what = Tout le monde peut voir un médecin, même sans papiers. Les soins ne sont pas toujours gratuits. Si vous ne pouvez pas payer, le médecin peut demander les frais au CAK. Tous les hôpitaux et toutes les pharmacies ne travaillent pas avec le CAK.
    .next = Allez chez un médecin de famille (généraliste). Dokters van de Wereld peut vous aider à en trouver un.
urgent-school = L'école est ouverte à tous les enfants
    .what = Tout enfant aux Pays-Bas a le droit d'aller à l'école, même sans papiers. À partir de 5 ans, l'enfant doit aller à l'école.
    .next = Demandez à VluchtelingenWerk ou à la commune de vous aider à trouver une école.

## Routes

route-conversation = Un entretien sur la décision
    .what = Un conseiller de VluchtelingenWerk vous écoute. Ensemble, vous regardez la décision et vos questions. Il peut vous donner un deuxième avis.
    .next = Prenez rendez-vous avec VluchtelingenWerk. Vous pouvez apporter vos lettres.
route-flight-story = Un deuxième regard sur votre histoire d'asile
    .what = Un conseiller reprend votre histoire avec vous (une analyse du récit de fuite). Cela aide à vérifier qu'on ne vous renvoie pas vers le danger. Cela peut aussi vous aider à comprendre la décision et à l'accepter.
    .next = Demandez à VluchtelingenWerk une analyse du récit de fuite. Apportez votre décision et les rapports de vos entretiens, si vous les avez.
route-legal-check = Un examen de vos possibilités pour rester ou pour reporter le départ
    .what = VluchtelingenWerk et un avocat regardent s'il existe une façon de rester, ou de partir plus tard.
    .next = Demandez un examen à VluchtelingenWerk. Parlez avec un avocat avant de commencer une nouvelle procédure.
route-reintegration = Une aide pour reconstruire votre vie après le retour (ERSO)
    .what = Si vous décidez vous-même de rentrer, VluchtelingenWerk peut préparer votre retour avec une organisation partenaire dans votre pays. Vous faites un plan ensemble, par exemple pour le travail, une petite entreprise, l'école ou le logement. L'aide peut durer jusqu'à un an.
    .next = Demandez à VluchtelingenWerk s'il y a un partenaire dans votre pays. Prenez le temps de décider. Vous pouvez changer d'avis.
route-iom = Rentrer avec l'aide de l'IOM
    .what = L'IOM peut organiser le billet, aider pour les documents de voyage et aider à l'arrivée. Parfois, il y a une aide en plus pour recommencer. Les entretiens sont confidentiels.
    .next = Contactez l'IOM ou demandez à VluchtelingenWerk. L'IOM vérifie si vous remplissez ses conditions.
route-return-orgs = Autres organisations qui aident pour le retour
    .what = Certaines organisations proposent des cours, ou des outils pour commencer à travailler après le retour.
    .next = Demandez à VluchtelingenWerk quelle organisation vous convient le mieux.

## Points within a route

point-higher-appeal = Le tribunal a dit non. Un nouveau recours devant le Conseil d'État (Raad van State) est peut-être possible. Le délai pour cela est court.
point-new-application = Des faits nouveaux peuvent être une raison pour une nouvelle demande d'asile. Parlez d'abord avec un avocat.
point-no-fault = Si votre pays refuse de vous laisser entrer, vous pouvez peut-être obtenir un permis « sans faute » (buitenschuldvergunning). Demandez d'abord au DT&V de vous aider à partir. Si cela échoue sans que ce soit votre faute, le DT&V peut conseiller à l'IND de donner le permis. Votre identité et votre nationalité doivent être claires. Il est difficile à obtenir.
point-medical-postponement = Si vous ou un membre de votre famille êtes trop malade pour voyager, le départ peut être reporté (article 64). Vous ou votre avocat devez le demander à l'IND, aussi en cas de grossesse ou de traitement contre la tuberculose.
point-statelessness = Si vous n'avez aucune nationalité, le tribunal de La Haye peut constater que vous êtes apatride. Il vous faut un avocat pour cela, et des frais de justice s'appliquent.
point-family-ties = Un parent qui s'occupe d'un enfant néerlandais, ou une personne qui a de la famille proche ici, a peut-être le droit de rester.
point-trafficking-permit = Les victimes de la traite des êtres humains peuvent recevoir un temps de réflexion et parfois un titre de séjour.
point-erso-partner = Avant, il y avait une organisation partenaire dans ce pays. VluchtelingenWerk peut vous dire s'il y en a une maintenant.
point-new-start-plan = Votre plan peut contenir les choses qui vous aideraient, comme vous l'avez dit.
point-family-support = Votre plan peut aussi prévoir de reprendre contact avec votre famille ou vos amis.
point-iom-caveat = L'IOM ne peut peut-être pas aider pour un retour vers ce pays. Demandez à l'IOM ou à VluchtelingenWerk.
point-iom-past-return = Si vous avez reçu une aide au retour dans les 5 dernières années, l'IOM ne peut peut-être pas vous aider à nouveau. Demandez à l'IOM ou à VluchtelingenWerk.
point-iom-ticket = L'IOM paie le voyage seulement si vous ne pouvez pas le payer vous-même. Demandez à l'IOM ou à VluchtelingenWerk.

## Referral directory

ref-vwn = VluchtelingenWerk Nederland
    .offer = Des conseils gratuits et indépendants, une écoute, un deuxième avis, de l'aide pour les questions juridiques et pour le retour.
    .how = VluchtelingenWerk est présent dans chaque centre pour demandeurs d'asile (azc) : demandez à son équipe sur place. Sinon, allez sur le site.
ref-lawyer = Un avocat (par le Raad voor Rechtsbijstand)
    .offer = Un avocat pour l'asile, par le Raad voor Rechtsbijstand.
    .how = VluchtelingenWerk peut vous aider à trouver un avocat.
ref-erso = Réseau ERSO
    .offer = Des organisations partenaires dans les pays d'origine, qui aident les personnes à reconstruire leur vie.
    .how = Demandez à VluchtelingenWerk. Ils contactent le partenaire pour vous.
ref-iom = IOM Pays-Bas
    .offer = Aide au retour volontaire : billet, documents de voyage, aide à l'arrivée et parfois une aide pour recommencer.
    .how = Contactez l'IOM par son site internet, ou demandez à VluchtelingenWerk.
ref-ros = ROS Rotterdam
    .offer = Un examen juridique, l'accès aux soins médicaux, un abri d'urgence et de l'aide pour réfléchir à votre avenir.
    .how = Demandez à VluchtelingenWerk de vous mettre en contact.
ref-wereldwijd = WereldWijd (Limburg)
    .offer = Des cours et une boîte à outils pour commencer à travailler après le retour.
    .how = Demandez à VluchtelingenWerk de vous mettre en contact.
ref-comensha = CoMensha
    .offer = Centre national pour les victimes de la traite des êtres humains.
    .how = Contactez CoMensha par son site internet, ou demandez à VluchtelingenWerk.
ref-line113 = 113 Zelfmoordpreventie
    .offer = Parler à quelqu'un de vos pensées de mettre fin à votre vie. Gratuit, anonyme, de jour comme de nuit.
    .how = Appelez ou discutez par chat.
ref-emergency112 = Numéro d'urgence 112
    .offer = Police, ambulance et pompiers en cas d'urgence.
    .how = Appelez le 112.
ref-dvdw = Dokters van de Wereld
    .offer = Aide pour trouver un médecin de famille et pour recevoir des soins médicaux sans papiers.
    .how = Allez sur le site internet, ou demandez à VluchtelingenWerk.
ref-cak = Système du CAK
    .offer = Les médecins et les hôpitaux sont payés par ce système quand vous ne pouvez pas payer.
    .how = Vous n'avez rien à faire. Dites au médecin que vous n'avez pas d'assurance.
