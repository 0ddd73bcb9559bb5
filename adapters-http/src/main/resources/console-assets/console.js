// Keyboard for the console: j/k move through the incident list, Enter opens, a acknowledges
// (the selected incident in the list, or the incident on its own page), / jumps to the title search.
// The selection is kept by incident id, so it survives the live refresh of the list.
(function () {
  'use strict';
  var selectedId = null;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('li.incident[data-id]'));
  }

  function mark() {
    rows().forEach(function (row) {
      row.classList.toggle('selected', row.getAttribute('data-id') === selectedId);
    });
  }

  function move(step) {
    var all = rows();
    if (all.length === 0) {
      return;
    }
    var index = all.findIndex(function (row) { return row.getAttribute('data-id') === selectedId; });
    index = index < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, index + step));
    selectedId = all[index].getAttribute('data-id');
    mark();
    all[index].scrollIntoView({ block: 'nearest' });
  }

  function selectedRow() {
    return rows().find(function (row) { return row.getAttribute('data-id') === selectedId; });
  }

  function acknowledge() {
    var row = selectedRow();
    var form = row ? row.querySelector('form.row-ack') : document.getElementById('move-acknowledge');
    if (form) {
      form.requestSubmit();
    }
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (event.key === 'j') {
      move(1);
    } else if (event.key === 'k') {
      move(-1);
    } else if (event.key === 'a') {
      acknowledge();
    } else if (event.key === 'Enter' && selectedRow()) {
      selectedRow().querySelector('a.title').click();
    } else if (event.key === '/') {
      var search = document.getElementById('title-filter');
      if (search) {
        event.preventDefault();
        search.focus();
      }
      return;
    } else {
      return;
    }
    event.preventDefault();
  });

  document.addEventListener('htmx:afterSwap', mark);

  // On an incident's page the stream carries every incident's changes: refresh only for this one.
  var KINDS = ['deduplicated', 'transitioned', 'reclassified', 'enriched', 'analyzed', 'escalated', 'notified',
    'related', 'annotated'];
  var followed = typeof WeakSet === 'function' ? new WeakSet() : null;
  function followIncident(source) {
    var live = document.getElementById('incident-live');
    if (!live || !source || (followed && followed.has(source))) {
      return;
    }
    if (followed) {
      followed.add(source);
    }
    var id = live.getAttribute('data-incident');
    KINDS.forEach(function (kind) {
      source.addEventListener(kind, function (message) {
        var change = JSON.parse(message.data);
        if (change.incident && change.incident.id === id) {
          htmx.trigger(live, 'incident-changed');
        }
      });
    });
  }
  // Says on the page whether the change stream is connected (tests wait for it; people see it).
  document.addEventListener('htmx:sseOpen', function (event) {
    followIncident(event.detail.source);
    document.body.setAttribute('data-live', 'open');
  });
  document.addEventListener('htmx:sseError', function () { document.body.setAttribute('data-live', 'reconnecting'); });
}());
