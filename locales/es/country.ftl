# Información del país y «Pensarlo con calma», español.

## La ficha del país

country-card-title = Información sobre { $country }
country-card-intro = Lo que se sabe de la situación en este país, y de dónde viene. Esto es información, no asesoramiento legal.
country-card-checked = Cada dato indica cuándo lo comprobamos por última vez. Las cosas pueden cambiar. VluchtelingenWerk sabe lo más reciente.
country-card-vwn-explains = VluchtelingenWerk puede explicarle qué significan estos documentos para usted.
country-card-return-later = El apoyo para un regreso depende de su situación. Las preguntas o VluchtelingenWerk le pueden decir más.
country-card-checked-on = Comprobado el { $date }.
country-card-primary = Fuente: el propio editor.
country-card-secondary = Fuente: una copia o un resumen.
country-summary-include = Añadir esta información del país al resumen
country-card-source = De dónde viene esto

country-sec-situation = Descripciones oficiales de la situación
country-sec-procedure = Normas neerlandesas para este país
country-sec-stay = Posibilidades de quedarse
country-sec-return = Apoyo si elige regresar
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

country-fact-doc = Lo más reciente que encontramos: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Lo más reciente que encontramos: un informe de { $publisher }, { $date }. No vimos su título exacto.
country-fact-unknown = No lo sabemos. Pregunte a { $ask }.
country-fact-safe-listed = En la lista que encontramos. Las personas de estos países suelen tener un procedimiento más rápido. El plazo para salir puede ser corto, incluso 0 días. A menudo no se puede esperar el recurso en los Países Bajos. Sus propias razones siguen contando.
country-fact-safe-suspended = En la lista que encontramos. Pero esto está suspendido por ahora. El procedimiento más rápido no se usa para este país.
country-fact-safe-not-listed = No está en la lista que encontramos.
country-fact-moratorium-past = Desde el { $date }, los Países Bajos pausaron las decisiones y el retorno forzoso para este país. No sabemos si sigue así. Pregunte a VluchtelingenWerk.
country-fact-erso-past = En proyectos anteriores ({ $years }) había allí una organización socia. VluchtelingenWerk confirma cuál es el socio actual.
country-fact-iom-limited = Puede que IOM no pueda ayudar ahora con el regreso a este país. Pregunte a IOM o a VluchtelingenWerk.
country-fact-iom-basic = El programa básico de retorno de IOM puede ayudar: un billete, ayuda con los documentos de viaje y una pequeña cantidad de dinero. Hay condiciones. Pregunte a IOM si sirve para este país.
country-fact-iom-visa-free = Las personas de este país no necesitan visado para viajes cortos a Europa. Por eso el apoyo de IOM puede no aplicarse. Pregunte a IOM.
country-fact-return-org-general = Otras organizaciones también ayudan con el regreso, como ROS y WereldWijd. Pregunte a VluchtelingenWerk cuál trabaja con este país.
country-fact-return-org = { $name } ayuda con el regreso a este país. Pregunte primero a VluchtelingenWerk.

country-stay-check = Incluso después de un rechazo, puede haber posibilidades de quedarse. Una revisión legal con VluchtelingenWerk y un abogado las estudia.
country-stay-points = Por ejemplo: hechos nuevos, su salud, su familia aquí, o un país que no le deja entrar.

country-pub-ind = Servicio de Inmigración y Naturalización (IND)
country-pub-dtv = Servicio de Retorno y Salida (DT&V)
country-pub-erso = Red ERSO
country-pub-eu = Unión Europea
country-fact-doc-undated = Lo más reciente que encontramos: un informe de { $publisher }. No vimos su título exacto ni su fecha.
country-fact-old = Este documento es de { $date }. Puede haber información más reciente. VluchtelingenWerk conoce lo más reciente.
country-fact-moratorium-ended = Durante un tiempo, los Países Bajos pausaron las decisiones y el retorno forzoso para este país. Esa pausa ha terminado.
country-card-links = Un enlace abre la web del editor. La visita queda en el historial de este navegador; la salida rápida no puede borrarla. La dirección también está escrita, para que pueda teclearla en otro dispositivo.
country-card-undated = la página no indica fecha

country-sum-ambtsbericht-sy-2026 = Un nuevo informe describe Siria de mayo a diciembre de 2025. Según la prensa, califica el país de inestable, informa de violencia contra minorías como alauíes, drusos y kurdos, y señala la destrucción de viviendas como un gran obstáculo para el retorno.
country-sum-euaa-sy-2025 = Una actualización completa tras la caída del gobierno de Asad. Los prófugos del servicio militar, los desertores y otros opositores al antiguo gobierno ya no se consideran en riesgo. Las personas LGBTIQ siguen en general teniendo derecho al estatuto de refugiado; las personas vinculadas al antiguo gobierno, los alauíes, los cristianos y los drusos pueden necesitar protección, según su situación.
country-sum-unhcr-sy-2024 = ACNUR apoya el retorno voluntario e informado, pero no promueve el retorno a gran escala, por la violencia en partes del país y una grave crisis humanitaria. ACNUR dijo en diciembre de 2024 que ningún solicitante de asilo debe ser devuelto a Siria por la fuerza por ahora.
country-sum-moratorium-sy-2024 = Tras la caída del gobierno de Asad en diciembre de 2024, las decisiones y el retorno forzoso para personas de Siria se pausaron seis meses. Esa pausa ha terminado: el IND vuelve a decidir sobre las solicitudes.
country-sum-ambtsbericht-er-2023 = El Ministerio de Asuntos Exteriores publicó un nuevo informe general sobre Eritrea el 19 de diciembre de 2023. No leímos sus conclusiones.
country-sum-euaa-coi-er-2016 = Un informe de hechos sobre el servicio nacional en Eritrea, el trato a prófugos y desertores, y el trato al regresar a quienes salieron del país de forma ilegal. No saca conclusiones jurídicas.
country-sum-ambtsbericht-tr-2019 = El informe abarca desde el intento de golpe de julio de 2016 hasta septiembre de 2019. Describe más procesos contra periodistas, docentes, jueces, activistas de derechos humanos, miembros de la oposición y otros por criticar al gobierno.
country-sum-euaa-coi-tr-2016 = Un informe de hechos sobre la situación hasta mediados de septiembre de 2016, incluido el intento de golpe del 15 de julio de 2016 y la respuesta del gobierno. No contiene valoraciones ni consejos.
country-sum-ambtsbericht-iq-2019 = El informe describe la seguridad por región, los documentos de identidad, los derechos humanos, la situación de ciertos grupos, las personas desplazadas y el retorno a Irak.
country-sum-euaa-iq-2024 = Las personas que dejaron el islam y las personas LGBTIQ tienen en general un temor fundado de persecución. En las minorías, y en mujeres y niñas, se valora su propia situación. La violencia es alta en el distrito de Amedi (Dohuk), menor en Bagdad, Nínive y Erbil, y en general no es un riesgo real en el sur.
country-sum-unhcr-iq-2019 = ACNUR describe quién puede necesitar protección, por ejemplo personas sospechosas sin razón de apoyar al EI, y cuándo trasladarse a otra parte de Irak no es una opción razonable. Tiene un apartado sobre el retorno forzoso.
country-sum-ambtsbericht-so-2021 = El informe abarca de abril de 2020 a noviembre de 2021. Según él, la seguridad en Somalia en general no había mejorado ni empeorado mucho.
country-sum-euaa-so-2025 = La guía trata por separado el centro-sur de Somalia, Puntlandia y Somalilandia. Los periodistas críticos probablemente cumplen los requisitos del estatuto de refugiado en toda Somalia. También trata la tasa muy alta de mutilación genital femenina.
country-sum-unhcr-so-2022 = ACNUR describe los perfiles de personas que pueden necesitar protección internacional, por la inseguridad continua y graves abusos de derechos humanos. Sustituye posiciones anteriores.
country-sum-ambtsbericht-ye-2024 = Según la prensa, el informe concluye que una tregua redujo mucho los combates y las muertes de civiles, pero la seguridad sigue siendo frágil y la situación humanitaria mala. También describe más violencia contra las mujeres.
country-sum-unhcr-ye-2015 = ACNUR pidió a todos los países suspender los retornos forzosos a Yemen, por los ataques aéreos, las muertes de civiles y una crisis humanitaria aguda.
country-sum-ambtsbericht-ng-2018 = El informe describe la seguridad por región, los documentos, los derechos humanos, la situación de mujeres, personas LGBT y menores solos, el retorno y la trata de personas.
country-sum-euaa-ng-2021 = La guía actualiza el análisis de Boko Haram, de los conflictos entre pastores y agricultores y de los secuestros. También trata las necesidades de protección ligadas a la trata, sobre todo la explotación sexual de mujeres y niñas.
country-sum-euaa-coi-ng-2025 = Los informes describen el aumento de la violencia de bandas armadas (bandidaje) en Nigeria.
country-sum-ambtsbericht-sd-2024 = El informe describe cambios graves en el conflicto armado que empezó en abril de 2023. La política neerlandesa para Sudán de junio de 2024 se basa en él.
country-sum-euaa-sd-2025 = La primera guía de la EUAA sobre Sudán nombra muchos perfiles que probablemente cumplen los requisitos del estatuto de refugiado, entre ellos grupos no árabes de Darfur, nubas, personas que temen el reclutamiento forzoso, activistas, periodistas, trabajadores humanitarios, mujeres y niñas, menores y personas LGBTIQ. Valora la violencia en todo el país.
country-sum-unhcr-sd-2023 = ACNUR pidió a los gobiernos no devolver a nadie a Sudán y suspender las decisiones negativas sobre solicitudes de Sudán. Según ACNUR, no hay un lugar seguro al que ir dentro de Sudán.
country-sum-moratorium-sd-2023 = Las decisiones y el retorno forzoso para personas de Sudán se pausaron desde el 8 de julio de 2023. La pausa terminó el 27 de junio de 2024: el IND vuelve a decidir sobre las solicitudes.
country-sum-ambtsbericht-af-2023 = El informe describe una situación que cambió mucho tras la llegada al poder de los talibanes, con una crisis humanitaria creciente. La violencia bajó mucho. También trata los riesgos para ciertos grupos.
country-sum-euaa-af-2024 = Las mujeres y niñas afganas corren riesgo de persecución. También corren riesgo, entre otros, antiguos empleados del gobierno, personas que trabajaron con fuerzas extranjeras, defensores de derechos humanos y algunas minorías. En general, no hay un lugar seguro al que ir dentro de Afganistán.
country-sum-unhcr-af-2025 = ACNUR describe quién puede necesitar protección, empezando por mujeres y niñas. Desde agosto de 2021, ACNUR pide a los Estados no devolver a nadie a Afganistán por la fuerza, tampoco a quienes fueron rechazados.
country-sum-moratorium-af-2021 = Las decisiones y el retorno forzoso para personas de Afganistán se pausaron desde el 11 de agosto de 2021; la pausa se prorrogó hasta el 25 de agosto de 2022.
country-sum-euaa-coi-pk-2024 = Un informe de hechos: la violencia ha aumentado desde octubre de 2023, sobre todo en Khyber Pakhtunkhwa y Baluchistán. Describe la represión de la oposición PTI y de los medios, y la violencia contra chiíes, ahmadíes, cristianos, hindúes y otros.
country-sum-ambtsbericht-ir-2019 = El Ministerio de Asuntos Exteriores publicó un informe general sobre Irán el 21 de marzo de 2019. La política neerlandesa para Irán se cambió en julio de 2019 con esa base.
country-sum-euaa-ir-2025 = Entre los perfiles con muchas probabilidades de obtener el estatuto de refugiado están opositores, defensores de derechos humanos, periodistas críticos, conversos, cristianos de iglesias domésticas y personas LGBTIQ. Las actividades en el extranjero también pueden contar.
country-sum-euaa-coi-co-2022 = Un informe de hechos: tras el acuerdo de paz de 2016, los grupos armados se dividieron. La violencia, el desplazamiento, la extorsión y los asesinatos de líderes sociales siguen afectando a la población civil.
country-sum-euaa-coi-ru-2025 = Un informe de hechos sobre noviembre de 2024 a noviembre de 2025. Describe procesos contra activistas, periodistas, abogados y críticos, también contra quienes se oponen a la guerra, contra los testigos de Jehová, y una situación peor para las personas LGBTIQ y las mujeres.
country-sum-unhcr-ua-2023 = ACNUR no promueve el retorno a Ucrania mientras dure la guerra. Su aviso de marzo de 2022 de no devolver a nadie a Ucrania por la fuerza, tampoco a quienes fueron rechazados, sigue vigente.


## Información sobre un país, desde la pantalla de inicio

country-info-open = Información sobre un país
country-info-intro = Elija un país. No tiene que responder ninguna pregunta. No se guarda nada.
country-info-choose = País
country-info-pick = Elija un país
country-info-back = Volver al inicio

## Pensarlo con calma

consider-open = Pensarlo con calma
consider-intro = Una página tranquila para valorar su decisión, a su ritmo. No es un examen. No hay respuestas correctas ni incorrectas.
consider-how = Responda solo en su cabeza o en papel. La aplicación no guarda nada.
consider-topic-safety = ¿Estaría a salvo allí? ¿Qué le preocupa?
consider-topic-family-there = ¿Quién está allí para usted? ¿Familia, amigos?
consider-topic-family-here = ¿A quién dejaría aquí?
consider-topic-housing = ¿Dónde viviría?
consider-topic-income = ¿Cómo se ganaría la vida?
consider-topic-health = ¿Qué pasa con su salud y sus medicinas allí?
consider-topic-documents = ¿Tiene los documentos que necesita?
consider-topic-support = ¿Qué apoyo podría recibir, aquí y allí?
consider-topic-ask-first = ¿Qué quiere oír primero de VluchtelingenWerk?
consider-told = Lo que nos contó:
consider-notes = Sus notas:
consider-change-mind = Puede cambiar de idea en cualquier momento. También después de hablar con IOM o VluchtelingenWerk.
consider-valid = Elegir no regresar ahora también es una opción aceptable.
consider-print = Imprimir como hoja de trabajo
consider-print-lang = Segundo idioma en la hoja
consider-print-none = Solo este idioma
consider-back = Volver al resultado
