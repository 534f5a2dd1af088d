export default function HomePage() {
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <h1 id="home-title" className="text-2xl font-bold">
        Gmail へのメールが戻ってきたときの診断
      </h1>
      <p className="text-slate-700">
        送信元ドメインの DNS（SPF・DKIM・DMARC）を確認し、設定すべきレコードを案内します。
      </p>
    </section>
  );
}
