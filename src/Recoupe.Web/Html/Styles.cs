namespace Recoupe.Web.Html;

/// <summary>The one style sheet, inlined in every page (the CSP allows inline styles, nothing else).</summary>
internal static class Styles
{
    public const string Css = """
:root{--ink:#1d2330;--muted:#5d6575;--line:#e3e6ec;--bg:#f7f8fa;--card:#fff;--accent:#1f5fbf;--warn:#b4451f;--ok:#2f7d4a;
--person:#fde2b8;--org:#d6e4ff;--place:#d9f2dd;--other:#ece3f7;--quote:#fff3a6;--time:#ffd9e1;--cite:#ffe066}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#14213d;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.8rem;align-items:center}
header.top a.brand{color:#fff;font-weight:700;font-size:1.15rem;letter-spacing:.02em}
header.top form{margin-left:auto;display:flex;gap:.4rem}
header.top input[type=search]{padding:.35rem .6rem;border-radius:6px;border:0;min-width:14rem}
button,input[type=submit]{padding:.35rem .8rem;border-radius:6px;border:1px solid var(--line);background:#fff;cursor:pointer}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.4rem 0 .6rem}h2{font-size:1.2rem;margin:1.6rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.meta{color:var(--muted);font-size:.9rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.8rem 1rem;margin:.6rem 0}
.badge{display:inline-block;font-size:.75rem;padding:.05rem .5rem;border-radius:999px;background:#eef1f6;color:var(--muted);white-space:nowrap;margin-right:.25rem}
.badge.src-1{background:#f1f1f1}.badge.src-2{background:#dcecff;color:#17427f}.badge.src-3{background:#d3f0dc;color:#1e5b33}
.badge.breaking{background:var(--warn);color:#fff}.badge.growing{background:#f4c542;color:#4a3700}
.cites a{font-size:.8rem;margin-left:.3rem;background:#eef3fb;padding:0 .35rem;border-radius:4px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
form.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end}
form.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
form.filters input{padding:.3rem .5rem;border:1px solid var(--line);border-radius:6px}
.conflict{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.6rem}
.claim{border:2px solid var(--line);border-radius:10px;padding:.6rem .8rem;background:#fffdf7}
.claim .value{font-size:1.25rem;font-weight:700;color:var(--warn)}
.claim ul{margin:.3rem 0 0;padding-left:1.1rem}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:4px solid #f4c542;background:#fffbea}
.chips{display:flex;flex-wrap:wrap;gap:.35rem}.chip{padding:.1rem .55rem;border-radius:999px;font-size:.85rem}
ul.entities{list-style:none;padding:0;columns:2 18rem}ul.entities li{margin:.15rem 0;break-inside:avoid}
.chip.person{background:var(--person)}.chip.organization{background:var(--org)}.chip.place{background:var(--place)}.chip.other{background:var(--other)}
article.text p{margin:0 0 .9rem;max-width:46rem}
mark{background:none;color:inherit;border-radius:3px;padding:0 1px}
mark.m-person{background:var(--person)}mark.m-organization{background:var(--org)}mark.m-place{background:var(--place)}mark.m-other{background:var(--other)}
mark.m-time{background:var(--time)}mark.m-quote{background:var(--quote)}
mark.m-speaker{text-decoration:underline;text-decoration-thickness:2px}
.cite{border-radius:3px;border-bottom:1px dotted #c9a227}.cite:target{outline:3px solid var(--cite);background:rgba(255,224,102,.45)}
.legend span{margin-right:.6rem}
del{color:#8a3a2a}.removed li{margin:.3rem 0}.reason{color:var(--muted);font-size:.85rem;margin-left:.4rem}
svg{max-width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:8px}
svg text{font:11px system-ui,sans-serif;fill:#39404d}
.grid2{display:grid;grid-template-columns:2fr 1fr;gap:1rem}
.empty{color:var(--muted);font-style:italic}
td.when{white-space:nowrap}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:2rem 1rem}
@media (max-width:760px){.grid2{grid-template-columns:1fr}header.top form{margin-left:0;width:100%}header.top input[type=search]{flex:1;min-width:0}
 th.optional,td.optional{display:none}h1{font-size:1.35rem}}
.address{word-break:break-all}
.related ul{margin:.3rem 0 0;padding-left:1.1rem}.related li{margin:.2rem 0}
@media print{header.top,.exports,form.filters{display:none}body{background:#fff;font-size:11pt}main{max-width:none;padding:0}
 a{color:inherit}.card,blockquote,li,tr{break-inside:avoid}h2{break-after:avoid}svg{border:0}footer{padding:1rem 0}}
""";
}
