# What stays on the device, the readable summary file, and opening saved answers.
start-remains = This phone keeps a copy of this tool, to use it without internet. "Forget everything" removes that copy too. Only the browser history stays.
start-offline-ready = The copy is ready: this tool now also works without internet on this device.
file-readable-warning = Anyone who opens this file can read it, your answers too. Do you want a file only you can open? Then make a file with a password.
file-readable-anyway = Save the readable file anyway
open-not-ours = This was not saved by Wegwijzer, so it cannot be opened. Nothing was changed.
open-wrong = This password is not right. Nothing was deleted. Try again.
open-damaged = These saved answers are damaged and cannot be opened. Nothing was deleted.
open-newer = These answers were saved by a newer version of Wegwijzer. Open this page again with internet.
open-unavailable = This browser could not open the answers just now. Nothing was deleted. Try again, or use another browser.
open-asked-again = This version could not use some answers. Please answer those questions again.
open-left-out = This version could not use some of the answers, so they were left out. Everything else was opened.
