# Contenido del cuestionario, español. Los ids vienen de content/questionnaire.toml
# (vea el comentario al inicio de ese archivo). Lenguaje sencillo: frases cortas, una idea por frase.

## Opciones de respuesta compartidas

opt-yes = Sí
opt-no = No
opt-not-sure = No lo sé con seguridad
opt-prefer-not = Prefiero no decirlo
opt-dont-know = No lo sé
opt-other = Otro
opt-none = Ninguna de estas

## Procedimiento

q-decision-when = ¿Qué fecha está impresa en la carta que rechazó su solicitud de asilo?
    .short = Fecha de la decisión
    .why = Algunos plazos cuentan desde esta fecha. Use la fecha impresa en la carta, no el día en que llegó.
q-decision-when-opt-lt-1w = Hace menos de 1 semana
q-decision-when-opt-w1-4 = Hace entre 1 y 4 semanas
q-decision-when-opt-m1-3 = Hace entre 1 y 3 meses
q-decision-when-opt-gt-3m = Hace más de 3 meses

q-appeal = ¿Usted o su abogado apelaron la decisión?
    .short = Apelación
    .why = Una apelación ante el tribunal puede cambiar lo que pase después.
q-appeal-opt-not-yet = No, todavía no
q-appeal-opt-running = Sí, y el tribunal todavía no ha decidido
q-appeal-opt-lost = Sí, y el tribunal dijo que no

q-appeal-term = ¿Cuánto tiempo le da su carta para apelar?
    .short = Plazo para apelar
    .why = El plazo para apelar es corto. Su carta dice cuánto tiempo tiene.
q-appeal-term-opt-one-week = 10 días o menos (por ejemplo 1 semana)
q-appeal-term-opt-four-weeks = 2 semanas o más (por ejemplo 4 semanas)

q-dublin = ¿Dice la carta que otro país europeo debe encargarse de su solicitud?
    .short = Otro país europeo responsable (Dublín)
    .why = En ese caso hay otras reglas y otros plazos.

q-departure = Usted recibió un tiempo para salir de los Países Bajos (el plazo de salida). ¿Ese plazo sigue abierto?
    .short = Plazo de salida
    .why = Cuando termina este plazo, muchas veces también termina su acogida.
q-departure-opt-running = Sí, sigue abierto
q-departure-opt-ended = No, ya terminó
q-departure-opt-zero-days = Tuve que irme enseguida (0 días)

q-entry-ban = ¿Recibió una prohibición de entrada?
    .short = Prohibición de entrada
    .why = Una prohibición de entrada significa que no puede volver a Europa durante algunos años.

q-dtv-contact = ¿Ha tenido conversaciones sobre su salida con el DT&V? (El DT&V es el servicio de retorno del gobierno neerlandés.)
    .short = Conversaciones con el DT&V
    .why = Estas conversaciones son importantes para algunas formas de quedarse.
q-dtv-contact-opt-several = Sí, varias veces
q-dtv-contact-opt-once = Sí, una vez

q-reception = ¿Dónde duerme ahora?
    .short = Dónde duerme
    .why = Queremos saber si tiene un lugar seguro para dormir.
q-reception-opt-coa = En un centro del COA (acogida para solicitantes de asilo)
q-reception-opt-vbl = En el centro de salida (VBL) en Ter Apel
q-reception-opt-family-location = En un centro para familias
q-reception-opt-municipal = En un albergue nocturno de la ciudad
q-reception-opt-friends = Con amigos o familiares
q-reception-opt-street = En la calle, o sin un lugar fijo

## Miedo a volver

q-fear = ¿Tiene miedo de lo que le pueda pasar si vuelve a su país?
    .short = Miedo a volver
    .why = Nadie debe ser enviado de vuelta a un peligro. Su respuesta decide qué le mostramos primero.

q-fear-of = ¿A qué le tiene miedo? Puede elegir más de una respuesta.
    .short = A qué le tiene miedo
    .why = Esto ayuda a un asesor a revisar su historia otra vez.
q-fear-of-opt-persecution = A la persecución, por ejemplo por mis creencias, mi origen o por quién soy
q-fear-of-opt-inhuman = A la tortura o a un trato cruel
q-fear-of-opt-authorities = A la policía, el ejército o el gobierno
q-fear-of-opt-group = A un grupo, una banda o una familia
q-fear-of-opt-war = A la guerra o la violencia en mi zona

q-understood = ¿Siente que entendieron su historia de asilo?
    .short = Si entendieron su historia
    .why = Si no, puede ayudar que alguien vuelva a mirar su historia.
q-understood-opt-partly = En parte

q-new-facts = ¿Ha cambiado algo desde la decisión? Puede elegir más de una respuesta.
    .short = Qué cambió desde la decisión
    .why = Los hechos nuevos pueden ser un motivo para una nueva solicitud.
q-new-facts-opt-country-changed = La situación en mi país empeoró
q-new-facts-opt-lgbti = Ahora puedo decir que soy lesbiana, gay, bisexual, trans o intersexual
q-new-facts-opt-conversion = Cambié de religión
q-new-facts-opt-political = Empecé a hacer actividad política
q-new-facts-opt-documents = Tengo documentos nuevos
q-new-facts-opt-witnesses = Encontré testigos nuevos

## Salud y seguridad

q-health = ¿Alguna de estas cosas es cierta para usted ahora? Puede elegir más de una respuesta.
    .short = Salud
    .why = Una enfermedad o un embarazo pueden ser un motivo para aplazar la salida.
q-health-opt-serious-illness = Tengo una enfermedad grave y estoy en tratamiento
q-health-opt-pregnant = Estoy embarazada
q-health-opt-tb = Estoy en tratamiento por tuberculosis (TB)
q-health-opt-mental = Tengo mucho estrés, miedo o tristeza

q-doctor = ¿Puede ver a un médico cuando lo necesita?
    .short = Acceso a un médico
    .why = Todas las personas en los Países Bajos tienen derecho a la atención médica necesaria.

q-crisis = ¿A veces piensa en quitarse la vida?
    .short = Pensamientos de quitarse la vida
    .why = Si es así, le mostramos dónde puede recibir ayuda ahora, de día y de noche.
q-crisis-opt-often = Sí, con frecuencia
q-crisis-opt-sometimes = Sí, a veces

q-unsafe-now = ¿Siente que el lugar donde está ahora no es seguro?
    .short = Sentir inseguridad ahora
    .why = Su seguridad es lo primero.

q-trafficking = ¿Alguien le ha hecho alguna de estas cosas? Puede elegir más de una respuesta.
    .short = Señales de explotación
    .why = Las víctimas de trata de personas tienen derechos especiales en los Países Bajos.
q-trafficking-opt-debt = Me hizo pagar una deuda que no puedo terminar de pagar
q-trafficking-opt-forced-work = Me obligó a trabajar o a hacer cosas que yo no quería
q-trafficking-opt-documents-taken = Me quitó el pasaporte o mis papeles
q-trafficking-opt-controlled = Decide adónde voy y a quién veo

## Familia

q-children = ¿Tiene hijos menores de 18 años con usted en los Países Bajos?
    .short = Hijos con usted
    .why = Los niños tienen sus propios derechos, por ejemplo a un alojamiento y a la escuela.

q-school = ¿Sus hijos van a la escuela?
    .short = Escuela
    .why = Todo niño o niña desde los 5 años debe ir a la escuela, con o sin papeles.
q-school-opt-some = Algunos de ellos
q-school-opt-too-young = Tienen menos de 5 años

q-family-nl = ¿Tiene familiares en los Países Bajos con pasaporte neerlandés o con permiso de residencia? Puede elegir más de una respuesta.
    .short = Familia en los Países Bajos
    .why = Los lazos familiares pueden dar derecho a quedarse.
q-family-nl-opt-dutch-child = Un hijo o una hija con pasaporte neerlandés
q-family-nl-opt-partner = Esposo, esposa o pareja
q-family-nl-opt-other-family = Otros familiares

## Documentos y país

q-documents = ¿Tiene pasaporte u otro documento de viaje?
    .short = Documento de viaje
    .why = Esto es importante para cada opción: quedarse, esperar o volver.
q-documents-opt-valid = Sí, y todavía es válido
q-documents-opt-expired = Sí, pero está vencido
q-documents-opt-no-document = No
q-documents-opt-held = Lo tienen las autoridades neerlandesas

q-embassy = ¿Pidió un documento de viaje a la embajada de su país?
    .short = Contacto con la embajada
    .why = Si su país no le deja entrar, tal vez haya una forma de quedarse.
q-embassy-opt-refused = Sí, y me dijeron que no
q-embassy-opt-no-answer = Sí, pero no me respondieron
q-embassy-opt-in-progress = Sí, y estoy esperando
q-embassy-opt-not-tried = No, todavía no

q-nationality = ¿Algún país le reconoce como ciudadano suyo?
    .short = Nacionalidad
    .why = Las personas sin nacionalidad (apátridas) pueden tener otros derechos.
q-nationality-opt-one-country = Sí
q-nationality-opt-stateless = No, soy apátrida
q-nationality-opt-unsure = No lo sé con seguridad

q-country = ¿De qué país viene?
    .short = País
    .why = La ayuda y la seguridad son diferentes en cada país.

## Lo que usted quiere

q-wants = ¿Qué le gustaría hacer ahora?
    .short = Lo que quiere ahora
    .why = Le mostramos el apoyo que corresponde a lo que usted quiere. Usted decide.
q-wants-opt-stay = Quiero intentar quedarme en los Países Bajos
q-wants-opt-unsure = Todavía no lo sé
q-wants-opt-talk = Primero quiero hablar con alguien
q-wants-opt-return-thinking = Estoy pensando en volver
q-wants-opt-return-decided = Decidí volver

q-new-start = ¿Qué le ayudaría a empezar de nuevo? Puede elegir más de una respuesta.
    .short = Qué ayudaría a empezar de nuevo
    .why = El apoyo después del retorno se puede planear según esto.
q-new-start-opt-work = Trabajo
q-new-start-opt-business = Abrir un pequeño negocio
q-new-start-opt-education = Estudios o formación
q-new-start-opt-housing = Un lugar donde vivir
q-new-start-opt-medical = Atención médica
q-new-start-opt-family = Contacto con la familia

q-family-origin = ¿Tiene familiares o amigos en su país que puedan ayudarle?
    .short = Familia o amigos en su país
    .why = El apoyo después del retorno puede incluir volver a ponerse en contacto con ellos.

q-past-return = En los últimos 5 años, ¿IOM o el gobierno ya le ayudaron a volver?
    .short = Ayuda anterior para volver
    .why = Esto puede influir en la ayuda que IOM puede darle.

q-can-pay = ¿Puede pagar el viaje por su cuenta?
    .short = Pagar el viaje
    .why = Si no puede, se le puede pagar el viaje.

## Avisos urgentes

urgent-crisis = No tiene que cargar con esto sin ayuda
    .what = Hable con alguien ahora. 113 Zelfmoordpreventie es gratis y anónimo, de día y de noche.
    .next = Llame al 113 (gratis) o chatee en 113.nl. También puede contárselo a un asesor de VluchtelingenWerk.
urgent-unsafe = Su seguridad es lo primero
    .what = Si está en peligro ahora, llame al 112.
    .next = Si puede, vaya a un lugar seguro. Cuéntele a un asesor de VluchtelingenWerk lo que pasó.
urgent-appeal-short = Su plazo para recurrir es corto
    .what = Su carta dice cuántos días tiene, contados desde la decisión. Desde el 12 de junio de 2026 el plazo puede ser más corto que antes. Recurrir no le cuesta nada.
    .next = Contacte hoy a un abogado. Si no tiene uno, VluchtelingenWerk puede ayudarle a encontrarlo.
urgent-appeal-long = Compruebe su plazo para recurrir
    .what = Su carta dice cuánto tiempo tiene, contado desde la decisión. Desde el 12 de junio de 2026 el plazo puede ser más corto que antes. Recurrir no le cuesta nada.
    .next = Contacte ahora a un abogado. Si no tiene, VluchtelingenWerk puede ayudarle a encontrar uno.
urgent-departure-running = Su plazo de salida está en curso
    .what = La decisión le dio un plazo para salir, a menudo 28 días. Se cuenta desde la decisión si no recurrió, o si su recurso no impide la expulsión. Si no, se cuenta desde la sentencia del tribunal, o desde la decisión sobre una medida cautelar si llega antes. La acogida del COA suele continuar durante ese tiempo.
    .next = Hable con VluchtelingenWerk sobre sus opciones antes de que termine este plazo.
urgent-departure-over = Su plazo para salir terminó
    .what = La acogida puede terminar y pueden pedirle que se vaya. Si no se va a tiempo, puede recibir una prohibición de entrada en Europa de hasta 5 años, o más tras delitos.
    .next = Hable pronto con VluchtelingenWerk o con un abogado sobre sus derechos y sus opciones.
urgent-dublin = Es posible que otro país europeo sea responsable
    .what = Desde el 1 de julio de 2026 se aplican nuevas reglas europeas para esto. Si su solicitud se registró antes del 1 de julio de 2026, las antiguas reglas de Dublín siguen decidiendo qué país es responsable. Puede haber plazos.
    .next = Pregunte a VluchtelingenWerk o a su abogado qué reglas y fechas valen en su caso.
urgent-trafficking = Es posible que usted sea víctima de trata de personas
    .what = Si hay indicios de que es víctima de trata de personas, la policía debe ofrecerle hasta 3 meses para pensarlo. Durante ese tiempo no le harán salir del país.
    .next = Contacte con CoMensha o VluchtelingenWerk. Si denuncia los hechos a la policía (aangifte), esa denuncia cuenta también como solicitud de un permiso. El permiso dura lo que dure la investigación penal.
urgent-shelter-family = Las familias con hijos tienen derecho a un alojamiento
    .what = Las familias con hijos menores de 18 años pueden ir a un centro para familias.
    .next = Pida hoy a VluchtelingenWerk que le ayude a conseguir un alojamiento.
urgent-shelter = Un lugar seguro para dormir
    .what = Algunas ciudades todavía ofrecen albergue nocturno, pero no todas. Las reglas son diferentes en cada ciudad.
    .next = Pregunte a VluchtelingenWerk o a ROS qué albergue está abierto para usted.
urgent-medical = Tiene derecho a atención médica
    .what = Todo el mundo puede ir al médico, también sin papeles. La atención no siempre es gratuita. Si no puede pagar, el médico puede cobrar los gastos al CAK. No todos los hospitales ni todas las farmacias trabajan con el CAK.
    .next = Vaya a un médico de familia (médico general). Dokters van de Wereld puede ayudarle a encontrar uno.
urgent-school = La escuela está abierta para todos los niños
    .what = Todo niño en los Países Bajos tiene derecho a ir a la escuela, también sin papeles. Desde los 5 años, el niño debe ir a la escuela.
    .next = Pida a VluchtelingenWerk o al municipio que le ayuden a encontrar una escuela.

## Rutas

route-conversation = Una conversación sobre la decisión
    .what = Un asesor de VluchtelingenWerk le escucha. Juntos revisan la decisión y sus preguntas. El asesor puede darle una segunda opinión.
    .next = Pida una cita con VluchtelingenWerk. Puede llevar sus cartas.
route-flight-story = Una segunda mirada a su historia de asilo
    .what = Un asesor revisa de nuevo su historia con usted (un análisis del relato de huida). Esto ayuda a comprobar que no le envíen de vuelta a un peligro. También puede ayudarle a entender la decisión y a asimilarla.
    .next = Pida a VluchtelingenWerk un análisis del relato de huida. Lleve su decisión y los informes de sus entrevistas, si los tiene.
route-legal-check = Una revisión de sus opciones para quedarse o para aplazar la salida
    .what = VluchtelingenWerk y un abogado revisan si hay una forma de quedarse, o de salir más tarde.
    .next = Pida una revisión a VluchtelingenWerk. Hable con un abogado antes de empezar un nuevo procedimiento.
route-reintegration = Apoyo para rehacer su vida después del retorno (ERSO)
    .what = Si usted decide volver por su cuenta, VluchtelingenWerk puede preparar su retorno con una organización socia en su país. Juntos hacen un plan, por ejemplo para trabajo, un pequeño negocio, estudios o vivienda. El apoyo puede durar hasta un año.
    .next = Pregunte a VluchtelingenWerk si hay una organización socia en su país. Tómese su tiempo para decidir. Puede cambiar de opinión.
route-iom = Volver con ayuda de IOM
    .what = IOM puede organizar el boleto, ayudar con los documentos de viaje y ayudarle a la llegada. A veces hay apoyo extra para empezar de nuevo. Las conversaciones son confidenciales.
    .next = Contacte a IOM o pregunte a VluchtelingenWerk. IOM revisa si usted cumple sus condiciones.
route-return-orgs = Otras organizaciones que ayudan con el retorno
    .what = Algunas organizaciones ofrecen cursos o herramientas para empezar a trabajar tras el retorno.
    .next = Pregunte a VluchtelingenWerk qué organización es la mejor para usted.

## Puntos dentro de una ruta

point-higher-appeal = El tribunal dijo que no. Tal vez pueda apelar otra vez ante el Consejo de Estado (Raad van State). El plazo para esto es corto.
point-new-application = Los hechos nuevos pueden ser un motivo para una nueva solicitud de asilo. Hable primero con un abogado.
point-no-fault = Si su país no le deja entrar, quizá pueda obtener un permiso «sin culpa» (buitenschuldvergunning). Primero pida al DT&V que le ayude a salir. Si no es posible y no es culpa suya, el DT&V puede aconsejar al IND que le dé el permiso. Su identidad y nacionalidad deben estar claras. Es difícil de conseguir.
point-medical-postponement = Si usted o un familiar está demasiado enfermo para viajar, la salida puede aplazarse (artículo 64). Usted o su abogado deben pedírselo al IND, también en caso de embarazo o tratamiento de tuberculosis.
point-statelessness = Si no tiene ninguna nacionalidad, el tribunal de La Haya puede decidir que usted es apátrida. Para ello necesita un abogado, y hay que pagar tasas judiciales.
point-family-ties = Una madre o un padre que cuida a un hijo neerlandés, o alguien con familia cercana aquí, tal vez tenga derecho a quedarse.
point-trafficking-permit = Las víctimas de trata de personas pueden recibir un tiempo para pensar y, a veces, un permiso.
point-erso-partner = Antes había una organización socia en este país. VluchtelingenWerk puede decirle si ahora hay una.
point-new-start-plan = Su plan puede incluir lo que usted dijo que le ayudaría.
point-family-support = Su plan puede incluir volver a ponerse en contacto con su familia o sus amigos.
point-iom-caveat = Es posible que IOM no pueda ayudar con el retorno a este país. Pregunte a IOM o a VluchtelingenWerk.
point-iom-past-return = Si recibió ayuda para volver en los últimos 5 años, es posible que IOM no pueda ayudarle otra vez. Pregunte a IOM o a VluchtelingenWerk.
point-iom-ticket = IOM paga el viaje solo si usted no puede pagarlo. Pregunte a IOM o a VluchtelingenWerk.

## Directorio de contactos

ref-vwn = VluchtelingenWerk Nederland
    .offer = Asesoría gratuita e independiente, alguien que le escucha, una segunda opinión, ayuda con preguntas legales y con el retorno.
    .how = VluchtelingenWerk está presente en cada centro de acogida de solicitantes de asilo (azc): pregunte a su personal allí. Si no, vaya a la página web.
ref-lawyer = Un abogado (a través del Raad voor Rechtsbijstand)
    .offer = Un abogado para casos de asilo, a través del Raad voor Rechtsbijstand.
    .how = VluchtelingenWerk puede ayudarle a encontrar un abogado.
ref-erso = Red ERSO
    .offer = Organizaciones socias en los países de origen que ayudan a las personas a rehacer su vida.
    .how = Pregunte a VluchtelingenWerk. Ellos contactan a la organización socia por usted.
ref-iom = IOM Países Bajos
    .offer = Ayuda para el retorno voluntario: boleto, documentos de viaje, ayuda a la llegada y, a veces, apoyo para empezar de nuevo.
    .how = Contacte a IOM a través de su sitio web, o pregunte a VluchtelingenWerk.
ref-ros = ROS Rotterdam
    .offer = Una revisión legal, acceso a atención médica, alojamiento de emergencia y ayuda para pensar en su futuro.
    .how = Pida a VluchtelingenWerk que le ponga en contacto.
ref-wereldwijd = WereldWijd (Limburg)
    .offer = Cursos y una caja de herramientas para empezar a trabajar después del retorno.
    .how = Pida a VluchtelingenWerk que le ponga en contacto.
ref-comensha = CoMensha
    .offer = Centro nacional para víctimas de trata de personas.
    .how = Contacte a CoMensha a través de su sitio web, o pregunte a VluchtelingenWerk.
ref-line113 = 113 Zelfmoordpreventie
    .offer = Hable con alguien sobre pensamientos de quitarse la vida. Gratis, anónimo, de día y de noche.
    .how = Llame o chatee.
ref-emergency112 = Número de emergencia 112
    .offer = Policía, ambulancia y bomberos en caso de emergencia.
    .how = Llame al 112.
ref-dvdw = Dokters van de Wereld
    .offer = Ayuda para encontrar un médico de familia y para recibir atención médica sin papeles.
    .how = Visite el sitio web, o pregunte a VluchtelingenWerk.
ref-cak = Programa CAK
    .offer = Los médicos y los hospitales reciben el pago a través de este programa cuando usted no puede pagar.
    .how = No tiene que hacer nada. Dígale al médico que no tiene seguro.
