# Información del país y «Pensarlo con calma», español.

## La ficha del país

country-card-title = Información sobre { $country }
country-card-intro = Lo que se sabe de la situación en este país, y de dónde viene. Esto es información, no asesoramiento legal.
country-card-checked = Cada dato indica cuándo lo comprobamos por última vez. Las cosas pueden cambiar. VluchtelingenWerk sabe lo más reciente.
country-card-vwn-explains = VluchtelingenWerk puede explicarte qué significan estos documentos para ti.
country-card-return-later = El apoyo para un regreso depende de tu situación. Las preguntas o VluchtelingenWerk te pueden decir más.
country-card-checked-on = Comprobado el { $date }.
country-card-primary = Fuente: el propio editor.
country-card-secondary = Fuente: una copia o un resumen. Pide a VluchtelingenWerk que lo confirme.
country-summary-include = Añadir esta información del país al resumen
country-card-source = De dónde viene esto

country-sec-situation = Descripciones oficiales de la situación
country-sec-procedure = Normas neerlandesas para este país
country-sec-stay = Posibilidades de quedarte
country-sec-return = Apoyo si eliges regresar
country-sec-practical = Puntos prácticos para preguntar

country-kind-ambtsbericht = Informe sobre el país del Ministerio de Asuntos Exteriores neerlandés (algemeen ambtsbericht)
country-kind-euaa-guidance = Guía sobre el país de la Agencia de Asilo de la UE
country-kind-euaa-coi = Informes sobre el país de la Agencia de Asilo de la UE
country-kind-unhcr = Posición de ACNUR (UNHCR), la agencia de la ONU para los refugiados
country-kind-safe-country = Lista neerlandesa de países de origen seguros
country-kind-moratorium = Pausa de decisiones y del retorno forzoso
country-kind-erso = Socio de reintegración (red ERSO)
country-kind-iom = IOM (OIM)
country-kind-return-org = Otras organizaciones de retorno
country-kind-travel-documents = Documentos de viaje de la embajada

country-pub-bz = Ministerio de Asuntos Exteriores de los Países Bajos
country-pub-jenv = Ministerio de Justicia y Seguridad de los Países Bajos
country-pub-euaa = Agencia de Asilo de la UE (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = el resumen de fuentes de este proyecto

country-fact-doc = Lo más reciente que encontramos: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Lo más reciente que encontramos: un informe de { $publisher }, { $date }. No vimos su título exacto.
country-fact-unknown = No lo sabemos. Pregunta a { $ask }.
country-fact-safe-listed = En la lista que encontramos, del { $date }. Las personas de estos países suelen tener un procedimiento más rápido. El plazo para salir puede ser corto, incluso 0 días. A menudo no se puede esperar el recurso en los Países Bajos. Tus propias razones siguen contando.
country-fact-safe-suspended = En la lista que encontramos, del { $date }. Pero esto está suspendido por ahora. El procedimiento más rápido no se usa para este país.
country-fact-safe-not-listed = No está en la lista que encontramos, del { $date }.
country-fact-moratorium-past = Desde el { $date }, los Países Bajos pausaron las decisiones y el retorno forzoso para este país. No sabemos si sigue así. Pregunta a VluchtelingenWerk.
country-fact-erso-past = En proyectos anteriores ({ $years }) había allí una organización socia. VluchtelingenWerk confirma cuál es el socio actual.
country-fact-iom-limited = Puede que IOM no pueda ayudar ahora con el regreso a este país. Pregunta a IOM o a VluchtelingenWerk.
country-fact-iom-basic = El programa básico de retorno de IOM puede ayudar: un billete, ayuda con los documentos de viaje y una pequeña cantidad de dinero. Hay condiciones. Pregunta a IOM si sirve para este país.
country-fact-iom-visa-free = Las personas de este país no necesitan visado para viajes cortos a Europa. Por eso el apoyo de IOM puede no aplicarse. Pregunta a IOM.
country-fact-return-org-general = Otras organizaciones también ayudan con el regreso, como ROS y WereldWijd. Pregunta a VluchtelingenWerk cuál trabaja con este país.
country-fact-return-org = { $name } ayuda con el regreso a este país. Pregunta primero a VluchtelingenWerk.

country-stay-check = Incluso después de un rechazo, puede haber posibilidades de quedarte. Una revisión legal con VluchtelingenWerk y un abogado las estudia.
country-stay-points = Por ejemplo: hechos nuevos, tu salud, tu familia aquí, o un país que no te deja entrar.

## Información sobre un país, desde la pantalla de inicio

country-info-open = Información sobre un país
country-info-intro = Elige un país. No tienes que responder ninguna pregunta. No se guarda nada.
country-info-choose = País
country-info-pick = Elige un país
country-info-back = Volver al inicio

## Pensarlo con calma

consider-open = Pensarlo con calma
consider-intro = Una página tranquila para valorar tu decisión, a tu ritmo. No es un examen. No hay respuestas correctas ni incorrectas.
consider-how = Responde solo en tu cabeza o en papel. La aplicación no guarda nada.
consider-topic-safety = ¿Estarías a salvo allí? ¿Qué te preocupa?
consider-topic-family-there = ¿Quién está allí para ti? ¿Familia, amigos?
consider-topic-family-here = ¿A quién dejarías aquí?
consider-topic-housing = ¿Dónde vivirías?
consider-topic-income = ¿Cómo te ganarías la vida?
consider-topic-health = ¿Qué pasa con tu salud y tus medicinas allí?
consider-topic-documents = ¿Tienes los documentos que necesitas?
consider-topic-support = ¿Qué apoyo podrías recibir, aquí y allí?
consider-topic-ask-first = ¿Qué quieres oír primero de VluchtelingenWerk?
consider-told = Lo que nos contaste:
consider-notes = Tus notas:
consider-change-mind = Puedes cambiar de idea en cualquier momento. También después de hablar con IOM o VluchtelingenWerk.
consider-valid = Elegir no regresar ahora también es una opción aceptable.
consider-print = Imprimir como hoja de trabajo
consider-print-lang = Segundo idioma en la hoja
consider-print-none = Solo este idioma
consider-back = Volver al resultado
