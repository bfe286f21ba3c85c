# Textos de la interfaz, español. Frases cortas y sencillas.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: salir, salida, se vaya, volver, vuelve, regresar, regreso, retorno

app-name = Wegwijzer
skip-to-content = Ir a la pregunta

## Pantalla de inicio

start-title = Encuentre el apoyo adecuado para usted
start-intro = Su solicitud de asilo fue rechazada. Tal vez tenga preguntas, dudas o preocupaciones. Responda unas preguntas cortas. Después verá qué apoyo puede ser adecuado para usted, y por qué.
start-privacy-title = Su privacidad
start-privacy-1 = Nada de lo que responda sale de este dispositivo.
start-privacy-2 = No se guarda nada, a menos que usted decida guardarlo.
start-privacy-3 = Puede borrar todo o cerrar esta página rápido en cualquier momento.
start-limits = Esta herramienta no puede ocultar que usted visitó este sitio web. El historial del navegador lo muestra. Si comparte el teléfono, use una ventana privada.
start-not-advice = Esta herramienta da información. No es asesoría legal. Antes de decidir, hable siempre con VluchtelingenWerk o con un abogado.
start-time = Unos 5 a 10 minutos. Puede saltar cualquier pregunta delicada.
start-begin = Empezar
start-resume = Continuar donde guardé
start-mode-counsellor = Soy asesor o asesora y estoy con un cliente
start-counsellor-lang = Idioma para la persona asesora
start-unreviewed = Esta traducción todavía no ha sido revisada por un hablante nativo de español.
start-partly-reviewed = Una parte de esta traducción ha sido revisada por un hablante nativo de español ({ $percent } por ciento). El resto todavía no se ha revisado.
start-reviewed = Esta traducción ha sido revisada por un hablante nativo de español.

## Idioma

language-label = Idioma

## Pantalla de preguntas

progress = Pregunta { $current } de unas { $total }
why-we-ask = Por qué preguntamos: { $why }
nav-back = Atrás
nav-continue = Continuar
nav-to-result = Ver el resultado
date-enter = Fecha de la carta
date-or = O elija hace cuánto tiempo:
country-search = Escriba para buscar su país
country-none = No se encontró ningún país. Puede elegir "Otro".

error-title = Hay un problema
error-empty = Elija una respuesta para continuar. También puede elegir "Prefiero no decirlo".
error-exclusive = "{ $option }" no se puede combinar con otras respuestas. Elija solo esa respuesta, o solo las otras.
error-future-date = Esta fecha está en el futuro. Escriba la fecha de su carta, o elija hace cuánto tiempo.
error-unknown-option = Esta respuesta no es posible. Elija una de las respuestas que aparecen.

## Pantalla de resultado

result-title = Apoyo que puede ser adecuado para usted
result-intro = Según sus respuestas. Usted decide qué hacer. Abajo se explica cada opción.
result-not-advice = Esto es información, no asesoría legal. Consulte todo con VluchtelingenWerk o con un abogado.
result-urgent-title = Primero: lo urgente
result-routes-title = Apoyo adecuado según sus respuestas
result-other-title = Otras opciones por las que puede preguntar
result-other-why = Sus respuestas muestran que volver no es el camino que sugerimos ahora. Cada opción dice por qué. Primero vienen una conversación y una revisión de sus opciones. Si quiere, puede preguntar igualmente por el retorno.
because = Porque usted dijo:
reason-general = Esto está abierto a todas las personas cuya solicitud fue rechazada.
what-next = Qué puede hacer
whom-to-contact = A quién contactar
points-title = Qué tener en cuenta:
referral-phone = Teléfono: { $phone }
referral-web = Sitio web: { $web }
referral-checked = Revisado el { $date }. Los datos pueden cambiar: VluchtelingenWerk puede confirmarlos.
result-restart = Cambiar mis respuestas
result-summary = Hacer un resumen para guardar

## Vista para asesores

counsellor-rule = Regla: { $rule }
counsellor-answers = Respuestas en las que se basa:
counsellor-check-title = Qué revisar después
counsellor-check-letter = Lea la carta con la decisión: fecha, procedimiento y plazo para apelar.
counsellor-check-lawyer = Pregunte si hay un abogado en el caso y cuándo se le puede contactar.
counsellor-check-fear = Dedique tiempo al miedo a volver. Considere un análisis del relato de huida.
counsellor-check-urgent = Atienda primero los avisos urgentes de arriba.

## Resumen

summary-title = Su resumen
summary-date = Hecho el { $date }
summary-include-answers = Mostrar también mis respuestas en el resumen
summary-include-cards = Añadir también la explicación completa y las fuentes (anexo)
summary-dates-title = Fechas importantes
summary-appendix-title = Anexo
summary-answers-title = Sus respuestas
summary-print = Imprimir
summary-download = Guardar como archivo
summary-back = Volver al resultado

## Guardar, continuar y entregar

save-title = Guardar en este dispositivo
save-explain = Sus respuestas quedan protegidas con una contraseña que usted elige. Sin la contraseña nadie puede leerlas, ni siquiera usted.
save-passphrase = Contraseña (al menos 8 caracteres)
save-passphrase-again = Repita la contraseña
save-button = Guardar
save-done = Guardado en este dispositivo.
save-replace-ask = Ya hay respuestas guardadas en este dispositivo. Si usted guarda ahora, se reemplazan y las respuestas anteriores se pierden. Toque «Reemplazar» para continuar.
save-replace-button = Reemplazar
save-unavailable = No se puede guardar en este navegador (por ejemplo, en una ventana privada). La herramienta sigue funcionando.
save-too-short = La contraseña es demasiado corta. Use al menos 8 caracteres.
save-mismatch = Las dos contraseñas no son iguales.
resume-title = Continuar donde guardó
resume-button = Abrir
export-button = Exportar a un archivo (protegido con contraseña)
export-done = Se creó el archivo. Guárdelo en un lugar seguro.
import-button = Abrir un archivo exportado

## Siempre disponible

forget = Olvidar todo
forget-confirm = ¿Borrar todas las respuestas y todo lo guardado en este dispositivo?
forget-yes = Sí, borrar
forget-no = No
forgotten = Se borró todo de este dispositivo.
quick-exit = Cerrar esta página
quick-exit-hint = O presione Esc tres veces
timeout-warning = No ha hecho nada durante un rato. En un minuto se borrarán sus respuestas.
timeout-stay = Sigo aquí
timeout-done = Sus respuestas se borraron porque no pasó nada durante un rato.
neutral-title = Usar un título neutro en la pestaña

## Leer en voz alta

read-aloud = Leer en voz alta
read-stop = Dejar de leer
read-no-voice = Este dispositivo no tiene una voz para este idioma.
