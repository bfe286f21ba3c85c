# Advice text for issue 13, Spanish. See locales/en/advice.ftl.

## New questions

q-lawyer = ¿Tiene un abogado para su caso de asilo?
    .short = Abogado
    .why = Un abogado puede revisar sus opciones y ayudarle ante el tribunal.
q-detention = ¿Está usted detenido ahora?
    .short = Detención
    .why = En detención tiene derecho a un abogado. Entonces la ayuda rápida es importante.
q-minor-alone = ¿Tiene menos de 18 años y está en los Países Bajos sin sus padres?
    .short = Menor de 18 sin padres
    .why = Los niños solos reciben un tutor y tienen sus propios derechos.
q-child-stateless = ¿Alguno de sus hijos nació en los Países Bajos, sin nacionalidad?
    .short = Hijo nacido aquí sin nacionalidad
    .why = Ese niño quizá pueda ser neerlandés.
q-new-start-opt-travel-only = Solo ayuda con el viaje y los documentos de viaje

## New urgent notes

urgent-detention = Detención: pida ayuda legal ahora
    .what = Le asignan un abogado y un intérprete. Su abogado puede recurrir ante el tribunal. El tribunal comprueba si su detención es legal.
    .next = Pida hoy hablar con su abogado. VluchtelingenWerk puede ayudarle a contactarlo.
urgent-appeal-unknown = Revise hoy su plazo para recurrir
    .what = Su carta dice cuánto tiempo tiene. Desde el 12 de junio de 2026 el plazo puede ser más corto que antes: a veces solo unos días. Recurrir no le cuesta nada.
    .next = Lea la carta, o pregunte hoy a un abogado o a VluchtelingenWerk. Mientras no lo sepa, tenga en cuenta el plazo más corto.
urgent-appeal-late = El plazo para recurrir probablemente ya pasó
    .what = El plazo para recurrir se cuenta desde la decisión y es como máximo de 1 mes. A veces todavía se acepta un recurso tardío.
    .next = Contacte hoy a un abogado. Puede ver qué es todavía posible.
urgent-interim-measure = Tuvo que irse de inmediato, y quizá hay un recurso en curso
    .what = Con 0 días para irse, un recurso quizá no detiene su expulsión. Puede pedir al tribunal esperar aquí su decisión.
    .next = Pida hoy a su abogado que solicite una medida cautelar (voorlopige voorziening).
urgent-no-lawyer = Puede tener un abogado
    .what = En casos de asilo, el Raad voor Rechtsbijstand organiza los abogados. Pregunte si tiene que pagar algo.
    .next = Pida a VluchtelingenWerk que le ayude a encontrar un abogado. Hágalo pronto.
urgent-minor-alone = Los niños solos tienen un tutor: Nidos
    .what = ¿Tiene menos de 18 años y está aquí sin sus padres? Entonces Nidos es su tutor. Su tutor le ayuda en cada decisión.
    .next = Contacte a su tutor en Nidos. VluchtelingenWerk puede ayudarle con esto.
urgent-departure-unknown = Averigüe si su plazo para salir sigue corriendo
    .what = Su carta dice cuánto tiempo tiene para salir: a menudo 28 días, a veces 0 días. Se cuenta desde la decisión si no recurrió, o si su recurso no impide la expulsión. Si no, se cuenta desde la sentencia del tribunal.
    .next = Pida a VluchtelingenWerk o a su abogado que lean la carta con usted.

## New points

point-stress-support = El estrés, el miedo o la tristeza son comunes tras un rechazo. Un médico puede derivarle a ayuda psicológica.
point-before-you-decide = Antes de decidir, hable con un asesor. Le escucha, y siempre puede cambiar de opinión.
point-options-to-stay = Aunque quiera volver, es bueno conocer sus opciones para quedarse. La revisión es gratuita.
point-no-fault-dtv = Aún no ha hablado con el DT&V. Para este permiso, primero debe pedir al DT&V ayuda para salir.
point-child-stateless = Un niño apátrida nacido en los Países Bajos a veces puede llegar a ser neerlandés. Las condiciones son estrictas: un abogado debe comprobarlas.
point-erso-refer = No se conoce ningún socio en este país. VluchtelingenWerk le deriva entonces a la IOM o a otra organización de retorno.
point-iom-withdraw = Si sale del país con la IOM, firma una declaración. Con ella terminan los procedimientos que aún tenga en los Países Bajos. Hasta entonces puede cambiar de opinión.
point-iom-excluded = La IOM no ayuda a personas de algunas nacionalidades, por ejemplo de países de la UE y de algunos países muy ricos. Pregunte a la IOM o a VluchtelingenWerk.
point-iom-documents = La IOM puede ayudarle a conseguir un documento de viaje.
point-iom-visa-free = Las personas de su país no necesitan visado para visitar los Países Bajos. Quizá la IOM sí puede ayudar con el viaje, pero el apoyo extra para empezar de nuevo no es para usted. Pregunte a la IOM o a VluchtelingenWerk.
point-iom-own-ticket = Usted puede pagar el viaje. Entonces la IOM no paga el billete, pero quizá ayude de otra forma. Pregunte a la IOM o a VluchtelingenWerk.
point-trafficking-if-ever = Si alguna vez alguien le obliga a trabajar, le quita sus documentos o le dice que usted le debe dinero, puede recibir ayuda. Contacte con CoMensha (comensha.nl) o con VluchtelingenWerk.
point-minor-alone-if-ever = Los niños menores de 18 años que están en los Países Bajos sin sus padres tienen un tutor en Nidos. Si este es su caso, VluchtelingenWerk puede ayudarle a contactar con Nidos.
point-reintegration-visa-free = Las personas de su país no necesitan visado para visitar los Países Bajos. Por eso, el apoyo a la reintegración que paga el Gobierno neerlandés no es para usted. Esto vale para VluchtelingenWerk, otras organizaciones y la IOM. VluchtelingenWerk sí puede hablar con usted sobre su retorno.
point-reintegration-past-return = Si recibió ayuda para volver en los últimos 5 años, normalmente este apoyo no es para usted otra vez. VluchtelingenWerk puede decirle qué es todavía posible.
point-return-orgs-not-open = Estas organizaciones siguen las reglas del Gobierno neerlandés para el apoyo a la reintegración. Según sus respuestas, quizá su apoyo no sea para usted. Pregunte a VluchtelingenWerk.
point-iom-dublin = Es posible que otro país europeo sea responsable de su solicitud de asilo (Dublín). Entonces no está claro si la IOM puede ayudarle a volver. Pregunte a la IOM o a su abogado.
point-iom-ukraine = En 2017 la IOM dejó de dar apoyo para el retorno a las personas de Ucrania. No se sabe si esto sigue así. Pregunte a la IOM o a VluchtelingenWerk.

## Deadlines

deadline-appeal-1w = Si tiene 1 semana para recurrir, el último día es el { $date }.
    .passed = Esta fecha ya pasó. Contacte hoy a un abogado: a veces un recurso tardío aún es posible.
    .between = Si tiene 1 semana para recurrir, el último día está entre el { $from } y el { $to }.
    .unsure = Puede que el último día ya haya pasado. Contacte hoy a un abogado.
    .gone = Si tenía 1 semana para recurrir, ese plazo probablemente ya pasó. Contacte hoy a un abogado: a veces un recurso tardío aún es posible.
    .unknown = Si tiene 1 semana para recurrir, el último día es 1 semana después de la fecha de la decisión. Esa fecha está en su carta.
deadline-appeal-4w = Si tiene 4 semanas para recurrir, el último día es el { $date }.
    .passed = Esta fecha ya pasó. Contacte hoy a un abogado: a veces un recurso tardío aún es posible.
    .between = Si tiene 4 semanas para recurrir, el último día está entre el { $from } y el { $to }.
    .unsure = Puede que el último día ya haya pasado. Contacte hoy a un abogado.
    .gone = Si tenía 4 semanas para recurrir, ese plazo probablemente ya pasó. Contacte hoy a un abogado: a veces un recurso tardío aún es posible.
    .unknown = Si tiene 4 semanas para recurrir, el último día es 4 semanas después de la fecha de la decisión. Esa fecha está en su carta.
deadline-appeal-pact-5d = Procedimiento corto: el último día para recurrir puede ser ya el { $date }. El día exacto está en su carta.
    .passed = Este primer día posible ya pasó. Mire su carta ahora y contacte hoy a un abogado.
    .between = Procedimiento corto: el último día para recurrir puede ser ya un día entre el { $from } y el { $to }. El día exacto está en su carta.
    .unsure = Puede que el último día ya haya pasado. Contacte hoy a un abogado.
    .gone = Procedimiento corto: el plazo para recurrir probablemente ya pasó. Contacte hoy a un abogado: a veces un recurso tardío aún es posible.
    .unknown = Procedimiento corto: el último día para recurrir puede ser solo 5 días después de la fecha de la decisión. El día exacto está en su carta.
deadline-appeal-pact-2w = Otros casos: el último día para recurrir puede ser ya el { $date }. El día exacto está en su carta.
    .passed = Este primer día posible ya pasó. Mire su carta ahora y contacte hoy a un abogado.
    .between = Otros casos: el último día para recurrir puede ser ya un día entre el { $from } y el { $to }. El día exacto está en su carta.
    .unsure = Puede que el último día ya haya pasado. Contacte hoy a un abogado.
    .gone = Otros casos: el plazo para recurrir probablemente ya pasó. Contacte hoy a un abogado: a veces un recurso tardío aún es posible.
    .unknown = Otros casos: el último día para recurrir puede ser solo 2 semanas después de la fecha de la decisión. El día exacto está en su carta.
deadline-departure = Su plazo para salir probablemente termina el { $date }. Revise la fecha en su carta.
    .passed = Esta fecha ya pasó. Su plazo para salir probablemente terminó. Pregunte ahora a VluchtelingenWerk por sus derechos.
    .between = Su plazo para salir probablemente termina un día entre el { $from } y el { $to }. Revise la fecha en su carta.
    .unsure = Puede que su plazo para salir ya haya terminado. Pregunte ahora a VluchtelingenWerk por sus derechos.
    .gone = Su plazo para salir probablemente terminó. Pregunte ahora a VluchtelingenWerk por sus derechos.
    .unknown = Su plazo para salir termina 28 días después de la fecha de la decisión. Esa fecha está en su carta.
deadline-departure-no-suspend = Si no recurrió, o si su recurso no impide la expulsión, su plazo para salir probablemente termina el { $date }. Si su recurso sí impide la expulsión, termina 28 días después de la sentencia del tribunal.
    .passed = Esta fecha ya pasó. Entonces su plazo para salir puede haber terminado. Pregunte ahora a VluchtelingenWerk o a su abogado por sus derechos.
    .between = Si no recurrió, o si su recurso no impide la expulsión, su plazo para salir probablemente termina un día entre el { $from } y el { $to }. Si su recurso sí impide la expulsión, termina 28 días después de la sentencia del tribunal.
    .unsure = Entonces puede que su plazo para salir ya haya terminado. Pregunte ahora a VluchtelingenWerk o a su abogado por sus derechos.
    .gone = Si no recurrió, o si su recurso no impide la expulsión, su plazo para salir probablemente terminó. Si su recurso sí impide la expulsión, termina 28 días después de la sentencia del tribunal. Pida ayuda ahora a VluchtelingenWerk o a su abogado.
    .unknown = Si no recurrió, o si su recurso no impide la expulsión, su plazo para salir termina 28 días después de la fecha de la decisión. Si no, termina 28 días después de la sentencia del tribunal. Las fechas están en las cartas.

## Protection signals

signal-fear = No dijo que no tiene miedo de volver.
signal-trafficking = No nos dijo que ninguna de las señales de explotación se aplica a usted.
signal-minor-alone = Quizá tiene menos de 18 años y está aquí sin sus padres.

## Notice

notice-embassy-fear = No tiene que contactar a su embajada. Si teme a las autoridades de su país, dígaselo a VluchtelingenWerk.

## Result

advice-danger = ¿En peligro ahora? Llame al 112. ¿Piensa en quitarse la vida? Llame al 113, de día y de noche.
advice-confirm = Algunos datos de aquí no se pudieron comprobar en la propia página del editor. Pida a VluchtelingenWerk que los confirme.
advice-confirm-card = Pida a VluchtelingenWerk que confirme esto. Las reglas y las fechas pueden cambiar.
advice-held-back = No se sugiere ahora, porque:
advice-fact-source = Fuente: { $publisher }, "{ $title }". Revisado el { $checked }: { $url }

## Date field

date-readback = Usted escribió: { $date }, { $ago }.
date-ago = { $days ->
    [0] hoy
    [1] ayer
   *[other] hace { $days } días
}
error-date-too-early = Esta fecha es de hace mucho tiempo. Revise el año, y el orden del día y del mes.

## Referral

ref-nidos = Nidos
    .offer = El tutor de los niños menores de 18 años que están en los Países Bajos sin sus padres.
    .how = Pregunte a su tutor, o visite el sitio web.

## Sources and contacts: what a source line says, and what each contact shares

advice-fact-source-dated = Fuente: { $publisher }, "{ $title }", { $published }. Revisado el { $checked }: { $url }
referral-through-vwn = A través de VluchtelingenWerk
result-links-note = Un enlace abre otra página web. La visita queda en el historial del navegador de este teléfono, y la salida rápida no puede borrarla. Cada dirección también está escrita, para que pueda teclearla en otro aparato.
info-checked-until = La información se revisó hasta el { $date }.
referral-vwn-shares = VluchtelingenWerk es independiente y no participa en el retorno forzoso. Pregunte qué anotan y qué transmiten.
referral-lawyer-shares = El Raad voor Rechtsbijstand paga a su abogado y recibe los documentos de su caso. Pregunte a su abogado qué más comparte.
referral-erso-shares = Una organización colaboradora en su país conoce sus planes y mantiene el contacto hasta un año. El DT&V (el servicio de retorno del gobierno) paga el proyecto. Pregunte qué se transmite.
referral-iom-shares = La IOM dice que sus conversaciones son confidenciales. La IOM gestiona el programa de retorno para el DT&V (el servicio de retorno del gobierno). Al salir, usted firma una declaración que pone fin a sus procedimientos en los Países Bajos.
referral-ros-shares = El DT&V (el servicio de retorno del gobierno) paga la ayuda al retorno de ROS. Pregunte qué le dicen al DT&V sobre usted.
referral-wereldwijd-shares = El DT&V (el servicio de retorno del gobierno) paga la ayuda al retorno de WereldWijd. Pregunte qué le dicen al DT&V sobre usted.
referral-comensha-shares = CoMensha registra a cada víctima de trata de personas que se le comunica. Solo transmite cifras sin nombres.
referral-nidos-shares = Como tutor, Nidos trabaja de cerca con el DT&V y el COA cuando se prepara el retorno de un menor solo.
referral-line113-shares = Puede llamar o chatear con 113 de forma anónima.
referral-emergency112-shares = Las llamadas al 112 se graban. La operadora envía a la policía, los bomberos o una ambulancia.
referral-dvdw-shares = Pregunte qué comparten con otros.
referral-cak-shares = Su médico u hospital, no usted, envía la factura al CAK, una oficina del gobierno.
