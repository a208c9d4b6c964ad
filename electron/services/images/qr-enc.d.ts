declare module 'pdfmake/js/qrEnc.js';
