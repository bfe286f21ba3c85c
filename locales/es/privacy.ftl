# What stays on the device, the readable summary file, and opening saved answers.
start-remains = Este teléfono guarda una copia de esta herramienta, para usarla sin internet. "Olvidar todo" borra también esa copia. Solo queda el historial del navegador.
file-readable-warning = Cualquier persona que abra este archivo puede leerlo, también sus respuestas. ¿Quiere un archivo que solo usted pueda abrir? Entonces haga un archivo con contraseña.
file-readable-anyway = Guardar de todos modos el archivo legible
open-not-ours = Esto no lo guardó Wegwijzer, así que no se puede abrir. No se cambió nada.
open-wrong = La contraseña no es correcta. No se borró nada. Inténtelo otra vez.
open-damaged = Estas respuestas guardadas están dañadas y no se pueden abrir. No se borró nada.
open-newer = Estas respuestas se guardaron con una versión más nueva de Wegwijzer. Abra otra vez esta página con internet para tener la versión más nueva.
open-unavailable = Este navegador no pudo abrir las respuestas ahora. No se borró nada. Inténtelo otra vez, o use otro navegador.
open-asked-again = Esta versión no pudo usar algunas respuestas. Por favor, responda otra vez a esas preguntas.
