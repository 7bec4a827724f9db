// Proof of work for the Advice Point's public form (be.kompas.advice.internal.ProofOfWork): before the form is sent,
// find a nonce such that SHA-256 over "challenge:nonce" starts with the given number of zero bits. Without
// JavaScript, or without WebCrypto, the form is sent as it is and only the plain rate limit applies.
(function () {
  'use strict';
  var form = document.getElementById('advice-form');
  if (!form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) {
    return;
  }
  var bits = parseInt(form.getAttribute('data-pow-bits'), 10) || 0;
  var challenge = form.elements.namedItem('powChallenge');
  var nonce = form.elements.namedItem('powNonce');
  var status = document.getElementById('pow-status');
  var encoder = new TextEncoder();

  function leadingZeroBits(bytes, wanted) {
    for (var i = 0; i < wanted; i++) {
      if (bytes[i >> 3] & (0x80 >>> (i & 7))) {
        return false;
      }
    }
    return true;
  }

  function search(counter) {
    var candidate = counter.toString(36);
    return window.crypto.subtle.digest('SHA-256', encoder.encode(challenge.value + ':' + candidate))
      .then(function (hash) {
        return leadingZeroBits(new Uint8Array(hash), bits) ? candidate : search(counter + 1);
      });
  }

  // The form has a button named "submit", which hides form.submit(); the prototype's method still sends it.
  function send() {
    HTMLFormElement.prototype.submit.call(form);
  }

  var solving = false;
  form.addEventListener('submit', function (event) {
    if (nonce.value || !challenge.value || bits <= 0) {
      return;
    }
    event.preventDefault();
    if (solving) {
      return;
    }
    solving = true;
    if (status) {
      status.hidden = false;
    }
    search(Math.floor(Math.random() * 1e9)).then(function (found) {
      nonce.value = found;
      send();
    }, send);
  });
})();
